using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// Runs analyzers over a compilation and reads their cost from the driver's telemetry: the time spent inside
    /// each analyzer's callbacks, summed. The measured runs are sequential. Telemetry times a callback by its
    /// elapsed time, so in a concurrent run it also counts the time a callback waits: for a CPU (two cores, more
    /// analysis threads), and for a result another analyzer of the same package is computing (RefOrder's rules
    /// share one engine run per body; the rules that ask while it runs wait for it). On the dense 8k corpus that
    /// doubled RefOrder's figure (150 ms summed against a wall-clock cost of about 20 ms over a do-nothing
    /// analyzer) while barely touching the floor's, which is one analyzer. A sequential run counts each
    /// analyzer's own work once, for every configuration alike; the IDE's latency is measured separately (the
    /// edit scenario).
    /// </summary>
    internal static class AnalyzerRun
    {
        public static async Task<Sample> MeasureAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var exceptions = new ConcurrentQueue<string>();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, Options(exceptions, logExecutionTime: true, concurrent: false));

            var wall = Stopwatch.StartNew();
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            wall.Stop();

            var execution = TimeSpan.Zero;
            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                execution += telemetry.ExecutionTime;
            }

            return new Sample(execution.TotalMilliseconds, wall.Elapsed.TotalMilliseconds, ById(diagnostics), exceptions.ToArray());
        }

        /// <summary>Concurrent analysis unless told otherwise, as the IDE and the build run it; exceptions collected rather than lost.</summary>
        public static CompilationWithAnalyzersOptions Options(ConcurrentQueue<string> exceptions, bool logExecutionTime, bool concurrent = true) =>
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: logExecutionTime);

        public static IReadOnlyDictionary<string, int> ById(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics
                .GroupBy(diagnostic => diagnostic.Id)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count());
    }
}
