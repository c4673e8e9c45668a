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
    /// the benchmark's own sources also need the assemblies it was built with (Roslyn, the analyzers).
    /// </summary>
    internal static class CorpusReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> Annotated = new Lazy<ImmutableArray<MetadataReference>>(
            () => FrameworkReferences.Load().Add(MetadataReference.CreateFromFile(typeof(LiveAttribute).Assembly.Location)));

        private static readonly Lazy<ImmutableArray<MetadataReference>> WithBenchmarkAssemblies = new Lazy<ImmutableArray<MetadataReference>>(
            () => FrameworkReferences.Load().AddRange(BenchmarkDependencies()));

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
