using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace RefOrder.Analyzers.Tests.Verifiers
{
    /// <summary>What every test compilation references: .NET 8 reference assemblies and the annotations.</summary>
    internal static class TestReferences
    {
        /// <summary>Net80 is the newest set the package mirror serves whole; the vocabulary needs nothing newer.</summary>
        public static ReferenceAssemblies Framework { get; } = ReferenceAssemblies.Net.Net80;

        /// <summary>The RefOrder.Annotations assembly, referenced as a user's project would.</summary>
        public static MetadataReference Annotations { get; } =
            MetadataReference.CreateFromFile(typeof(RefOrder.LiveAttribute).Assembly.Location);

        public static ImmutableArray<MetadataReference> Additional { get; } = ImmutableArray.Create(Annotations);

        /// <summary>
        /// For in-process compilations outside the verifiers (engine harness, model, fuzzing): the running runtime's
        /// own System assemblies plus the annotations. Enough for the vocabulary and the model; no download needed.
        /// </summary>
        public static ImmutableArray<MetadataReference> RuntimeAndAnnotations { get; } =
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .Append(Annotations)
                .ToImmutableArray();
    }
}
