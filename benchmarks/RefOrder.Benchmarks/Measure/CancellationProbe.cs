using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Rules.Shared;
using RefOrder.Benchmarks.Corpora;
using RefOrder.Benchmarks.Generator;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// How soon RefOrder stops when the IDE cancels: one method of 4,900 lambdas, each branching and putting an
    /// annotated file, is analysed (within the block bound, so the engine works on it for seconds, lambda by
    /// lambda, inside one callback). A probe analyzer, first in the list, says when the method reaches the
    /// analyzers (its binding, which no analyzer can interrupt, is then done); the token is cancelled a fixed
    /// time later, and the latency runs from Cancel() until RefOrder's last body callback has returned. The host's
    /// task is reported too: it ends at the cancellation whether or not analyzer code still runs behind it.
    /// </summary>
    internal static class CancellationProbe
    {
        public const int Lambdas = 4900;

        private const string Method = "M";

        private static readonly TimeSpan CancelAfter = TimeSpan.FromMilliseconds(500);

        /// <param name="giveUpAfter">How long to wait after Cancel() before reporting RefOrder as still running.</param>
        public static async Task<CancellationResult> MeasureAsync(TimeSpan giveUpAfter)
        {
            var sources = Preludes.Annotated().Append(new SourceFile("Lambdas.cs", Source())).ToList();
            var factory = CompilationFactory.For("Cancellation", sources, CorpusReferences.ForAnnotated);
            factory.EnsureCompiles();
            var probe = new BodyReachedProbe(Method);
            var refOrder = RefOrderAnalyzers.Create();
            var flowRules = refOrder.OfType<FlowRuleAnalyzer>().ToList();
            var withAnalyzers = factory.Create().WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(probe).AddRange(refOrder),
                AnalyzerRun.Options(new ConcurrentQueue<string>(), logExecutionTime: false));

            using var cancellation = new CancellationTokenSource();
            var running = Stopwatch.StartNew();

            // On the thread pool: the driver may do much of its work before its first await.
            var analysis = Task.Run(() => withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation.Token));
            if (await Task.WhenAny(analysis, probe.Reached.Task).ConfigureAwait(false) == analysis
                || await Task.WhenAny(analysis, Task.Delay(CancelAfter)).ConfigureAwait(false) == analysis)
            {
                return new CancellationResult(Lambdas, CancelAfter.TotalMilliseconds, CompletedBeforeCancelMs: running.Elapsed.TotalMilliseconds, LatencyMs: null, GaveUpAfterMs: null, TaskEndedMs: null);
            }

            cancellation.Cancel();
            var sinceCancel = Stopwatch.StartNew();
            double? taskEnded = null;
            _ = analysis.ContinueWith(_ => taskEnded = sinceCancel.Elapsed.TotalMilliseconds, TaskScheduler.Default);
            while (flowRules.Any(rule => rule.CallbacksRunning > 0) && sinceCancel.Elapsed < giveUpAfter)
            {
                await Task.Delay(5).ConfigureAwait(false);
            }

            var latency = sinceCancel.Elapsed.TotalMilliseconds;
            var stopped = flowRules.All(rule => rule.CallbacksRunning == 0);
            await Task.WhenAny(analysis, Task.Delay(giveUpAfter)).ConfigureAwait(false);
            return stopped
                ? new CancellationResult(Lambdas, CancelAfter.TotalMilliseconds, CompletedBeforeCancelMs: null, latency, GaveUpAfterMs: null, taskEnded)
                : new CancellationResult(Lambdas, CancelAfter.TotalMilliseconds, CompletedBeforeCancelMs: null, LatencyMs: null, GaveUpAfterMs: latency, taskEnded);
        }

        /// <summary><c>public static void M(NfsdFile nf, bool b) { { System.Action a0 = () => { if (b) { … } else { … } }; a0(); } … }</c>.</summary>
        private static string Source()
        {
            var text = new StringBuilder();
            text.Append("using RefOrder;\n\nnamespace Corpus;\n\npublic static class Lambdas\n{\n    public static void " + Method + "(NfsdFile nf, bool b)\n    {\n");
            for (var i = 0; i < Lambdas; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"        {{ System.Action a{i} = () => {{ if (b) {{ Api.NfsdFilePut(nf); }} else {{ if (nf.NfNet != null) Api.NfsdFilePut(nf); }} }}; a{i}(); }}\n");
            }

            text.Append("    }\n}\n");
            return text.ToString();
        }

        /// <summary>Says when the driver hands the named method's body to the analyzers; reports nothing.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class BodyReachedProbe : DiagnosticAnalyzer
        {
            private readonly string _method;

            public BodyReachedProbe(string method) => _method = method;

            public TaskCompletionSource Reached { get; } = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
                ImmutableArray.Create(NeverReported.Descriptor("REACHED"));

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                context.RegisterOperationAction(
                    body =>
                    {
                        if (body.ContainingSymbol.Name == _method)
                        {
                            Reached.TrySetResult();
                        }
                    },
                    OperationKind.MethodBody);
            }
        }
    }

    /// <summary>The cancellation probe's outcome: exactly one of the three times is set.</summary>
    /// <param name="Lambdas">Lambdas in the one method analysed.</param>
    /// <param name="CancelAfterMs">When Cancel() was called, after the method reached the analyzers.</param>
    /// <param name="CompletedBeforeCancelMs">The analysis ended before Cancel() was due: no latency to measure.</param>
    /// <param name="LatencyMs">From Cancel() until RefOrder's last body callback returned.</param>
    /// <param name="GaveUpAfterMs">RefOrder was still running this long after Cancel(); the latency is at least this.</param>
    /// <param name="TaskEndedMs">From Cancel() to the end of the host's task (for comparison; null if it had not ended).</param>
    internal sealed record CancellationResult(int Lambdas, double CancelAfterMs, double? CompletedBeforeCancelMs, double? LatencyMs, double? GaveUpAfterMs, double? TaskEndedMs)
    {
        /// <summary>What the target is judged on: the latency, or its lower bound when the probe gave up.</summary>
        public double? JudgedMs => LatencyMs ?? GaveUpAfterMs;
    }
}
