using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// The loop both program fuzzers share: seeds in batches, one compilation per batch, which must compile; every
    /// analyzer run concurrently, sequentially and concurrently again, which must never crash and must agree; and,
    /// per rule, how many files reported it, so a generator that stopped reaching the rules is noticed.
    /// </summary>
    internal static class FuzzBatches
    {
        public static async Task<(FuzzFailures Failures, SortedDictionary<string, int> FilesPerRule)> RunAsync(
            string run, int batches, int perBatch, Func<IReadOnlyList<ulong>, Compilation> compile)
        {
            var failures = new FuzzFailures(run);
            var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
            for (int batch = 0; batch < batches; batch++)
            {
                var seeds = Enumerable.Range(batch * perBatch + 1, perBatch).Select(s => (ulong)s).ToList();
                var label = $"seeds {seeds[0]}..{seeds[^1]}";
                var compilation = compile(seeds);
                var error = compilation.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
                if (error != null)
                {
                    failures.Add(label, $"the generator wrote code that does not compile: {error}\n{error.Location.SourceTree}");
                    continue;
                }

                var concurrent = await AnalyzerRuns.WholeAsync(compilation, concurrent: true);
                var sequential = await AnalyzerRuns.WholeAsync(compilation, concurrent: false);
                var again = await AnalyzerRuns.WholeAsync(compilation, concurrent: true);
                failures.NoCrash(label, concurrent);
                failures.NoCrash(label, sequential);
                failures.Same(label, "concurrent and sequential runs", concurrent, sequential);
                failures.Same(label, "two concurrent runs", concurrent, again);
                foreach (var file in concurrent.Diagnostics.GroupBy(d => d.Location.SourceTree?.FilePath))
                {
                    foreach (var id in file.Select(d => d.Id).Distinct())
                    {
                        byRule[id] = byRule.TryGetValue(id, out var n) ? n + 1 : 1;
                    }
                }
            }

            return (failures, byRule);
        }
    }
}
