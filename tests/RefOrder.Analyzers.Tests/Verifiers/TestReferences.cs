using System.Collections.Immutable;
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
    }
}
