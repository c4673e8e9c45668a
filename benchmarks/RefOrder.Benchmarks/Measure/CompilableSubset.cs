using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RefOrder.Benchmarks.Corpora;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// The largest set of files, found greedily, that compiles as one library: files with errors are dropped
    /// and the rest compiled again until none has any. Sources written for several projects (each sample
    /// variant defines the same types; a few tests need MSBuild) do not all fit one compilation.
    /// </summary>
    internal static class CompilableSubset
    {
        /// <summary>Enough for the cascades a dropped file can cause (its types missing elsewhere).</summary>
        private const int MaxPasses = 12;

        public static (IReadOnlyList<SourceFile> Kept, IReadOnlyList<string> Dropped) Select(
            string name, IReadOnlyList<SourceFile> sources, ImmutableArray<MetadataReference> references)
        {
            var kept = sources.ToList();
            var dropped = new List<string>();
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var errors = CompilationFactory.For(name, kept, references).ErrorsByFile();
                var failing = kept.Where(source => errors.ContainsKey(source.Path)).ToList();
                if (failing.Count == 0)
                {
                    if (errors.Count > 0)
                    {
                        throw new InvalidOperationException($"{name}: {errors.Values.Sum()} compiler errors outside any file.");
                    }

                    return (kept, dropped);
                }

                dropped.AddRange(failing.Select(source => source.Path));
                kept = kept.Except(failing).ToList();
            }

            throw new InvalidOperationException($"{name}: still not compiling after dropping {dropped.Count} files in {MaxPasses} passes.");
        }
    }
}
