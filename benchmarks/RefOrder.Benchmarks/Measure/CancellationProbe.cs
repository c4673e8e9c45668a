using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Benchmarks.Corpora;
using RefOrder.Benchmarks.Generator;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// How soon RefOrder stops when the IDE cancels: one method of 6,000 lambdas, each putting an annotated
    /// file on a branch, is analysed; after 2 s the token is cancelled and the time from Cancel() to the end
    /// of the analysis task is measured. An engine that polls its token only between bodies finishes the
    /// whole method first.
    /// </summary>
    internal static class CancellationProbe
    {
        public const int Lambdas = 6000;

        private static readonly TimeSpan CancelAfter = TimeSpan.FromSeconds(2);

        /// <param name="giveUpAfter">How long to wait after Cancel() before reporting the task as still running.</param>
        public static async Task<CancellationResult> MeasureAsync(TimeSpan giveUpAfter)
        {
            var sources = Preludes.Annotated().Append(new SourceFile("Lambdas.cs", Source())).ToList();
            var factory = CompilationFactory.For("Cancellation", sources, CorpusReferences.ForAnnotated);
            factory.EnsureCompiles();
            var withAnalyzers = factory.Create().WithAnalyzers(RefOrderAnalyzers.Create(), AnalyzerRun.Options(new ConcurrentQueue<string>(), logExecutionTime: false));

            using var cancellation = new CancellationTokenSource();
            var running = Stopwatch.StartNew();

            // On the thread pool: the driver may do much of its work before its first await.
            var analysis = Task.Run(() => withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation.Token));
            if (await Task.WhenAny(analysis, Task.Delay(CancelAfter)).ConfigureAwait(false) == analysis)
            {
                return new CancellationResult(Lambdas, CancelAfter.TotalMilliseconds, CompletedBeforeCancelMs: running.Elapsed.TotalMilliseconds, LatencyMs: null, GaveUpAfterMs: null);
            }

            cancellation.Cancel();
            var sinceCancel = Stopwatch.StartNew();
            var ended = await Task.WhenAny(analysis, Task.Delay(giveUpAfter)).ConfigureAwait(false) == analysis;
            var latency = sinceCancel.Elapsed.TotalMilliseconds;

            // The task ends cancelled (or, past the give-up time, later still); its exception is expected.
            _ = analysis.ContinueWith(task => task.Exception, TaskScheduler.Default);
            return ended
                ? new CancellationResult(Lambdas, CancelAfter.TotalMilliseconds, CompletedBeforeCancelMs: null, latency, GaveUpAfterMs: null)
                : new CancellationResult(Lambdas, CancelAfter.TotalMilliseconds, CompletedBeforeCancelMs: null, LatencyMs: null, GaveUpAfterMs: latency);
        }

        /// <summary><c>public static void M(NfsdFile nf, bool b) { { System.Action a0 = () => { if (b) Api.NfsdFilePut(nf); }; a0(); } … }</c>.</summary>
        private static string Source()
        {
            var text = new StringBuilder();
            text.Append("using RefOrder;\n\nnamespace Corpus;\n\npublic static class Lambdas\n{\n    public static void M(NfsdFile nf, bool b)\n    {\n");
            for (var i = 0; i < Lambdas; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"        {{ System.Action a{i} = () => {{ if (b) Api.NfsdFilePut(nf); }}; a{i}(); }}\n");
            }

            text.Append("    }\n}\n");
            return text.ToString();
        }
    }

    /// <summary>The cancellation probe's outcome: exactly one of the three times is set.</summary>
    /// <param name="Lambdas">Lambdas in the one method analysed.</param>
    /// <param name="CancelAfterMs">When Cancel() was called, after the analysis started.</param>
    /// <param name="CompletedBeforeCancelMs">The analysis ended before Cancel() was due: no latency to measure.</param>
    /// <param name="LatencyMs">From Cancel() to the end of the analysis task.</param>
    /// <param name="GaveUpAfterMs">The task was still running this long after Cancel(); the latency is at least this.</param>
    internal sealed record CancellationResult(int Lambdas, double CancelAfterMs, double? CompletedBeforeCancelMs, double? LatencyMs, double? GaveUpAfterMs)
    {
        /// <summary>What the target is judged on: the latency, or its lower bound when the probe gave up.</summary>
        public double? JudgedMs => LatencyMs ?? GaveUpAfterMs;
    }
}
