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
    /// Runs analyzers over a compilation the way the IDE and the build do (concurrently) and reads their cost
    /// from the driver's telemetry: the time spent inside each analyzer's callbacks, summed over threads.
    /// </summary>
    internal static class AnalyzerRun
    {
        public static async Task<Sample> MeasureAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var exceptions = new ConcurrentQueue<string>();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, Options(exceptions, logExecutionTime: true));

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

        /// <summary>Concurrent analysis, as the IDE and the build run it; exceptions collected rather than lost.</summary>
        public static CompilationWithAnalyzersOptions Options(ConcurrentQueue<string> exceptions, bool logExecutionTime) =>
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: logExecutionTime);

        public static IReadOnlyDictionary<string, int> ById(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics
                .GroupBy(diagnostic => diagnostic.Id)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count());
    }
}
