using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using RefOrder.Benchmarks.Corpora;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// What each corpus compiles against: the framework's reference assemblies and RefOrder.Annotations;
    /// real sources (the repository's, a <c>--real-code</c> directory) also get the assemblies the benchmark
    /// was built with (Roslyn, Workspaces, xunit, the testing libraries: the test projects' closure).
    /// </summary>
    internal static class CorpusReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> Annotated = new Lazy<ImmutableArray<MetadataReference>>(
            () => FrameworkReferences.Load().Add(MetadataReference.CreateFromFile(typeof(LiveAttribute).Assembly.Location)));

        private static readonly Lazy<ImmutableArray<MetadataReference>> WithBenchmarkAssemblies = new Lazy<ImmutableArray<MetadataReference>>(
            () => FrameworkReferences.Load().AddRange(BenchmarkDependencies()));

        public static ImmutableArray<MetadataReference> ForRealCode => WithBenchmarkAssemblies.Value;

        public static ImmutableArray<MetadataReference> ForAnnotated => Annotated.Value;

        public static ImmutableArray<MetadataReference> For(Corpus corpus) =>
            corpus.ReferencesBenchmarkAssemblies ? WithBenchmarkAssemblies.Value : Annotated.Value;

        /// <summary>Every assembly next to the benchmark but the benchmark itself (the annotations among them).</summary>
        private static ImmutableArray<MetadataReference> BenchmarkDependencies()
        {
            var self = typeof(CorpusReferences).Assembly.Location;
            return Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
                .Where(path => !string.Equals(Path.GetFullPath(path), Path.GetFullPath(self), StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
