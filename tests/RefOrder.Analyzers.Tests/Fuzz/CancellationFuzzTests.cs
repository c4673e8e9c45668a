using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// Cancellation stops analysis promptly. The token is cancelled before the start, and at fixed delays after a
    /// method body reaches the analyzers (a probe analyzer in the same run says when: the first body, or a named
    /// one), so the cancellation lands in the middle of RefOrder's work rather than in the compiler's binding, which
    /// RefOrder cannot interrupt. The analysis must end, by throwing OperationCanceledException or by completing,
    /// within <see cref="Bound"/> of the cancellation.
    /// </summary>
    public class CancellationFuzzTests
    {
        private const ulong Seed = 99;
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

        /// <summary>Milliseconds after the probed body reaches the analyzers; null: cancelled before the start.</summary>
        private static readonly int?[] Delays = { null, 0, 100, 500 };

        /// <summary>For one huge body: also late in the engine's work on it (it takes seconds).</summary>
        private static readonly int?[] HugeBodyDelays = { null, 0, 500, 2000 };

        private readonly ITestOutputHelper _output;

        public CancellationFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public Task CancellingAnalysisOfManyMethods_StopsWithinTheBound() =>
            AssertStopsWithinTheBoundAsync("300 generated methods", ProgramGenerator.Members(Seed, minMethods: 300, maxMethods: 300, depth: 3), probed: null, Delays);

        /// <summary>
        /// One body of 4,900 lambdas, each with branches and calls to annotated methods: within the block bound, so
        /// the engine lowers it and analyses every lambda as a body of its own, for seconds, inside one analyzer
        /// callback. Cancellation must be heard inside that callback, not after it.
        /// </summary>
        [Fact]
        public Task CancellingAnalysisOfOneHugeBody_StopsWithinTheBound() =>
            AssertStopsWithinTheBoundAsync(
                "one body of 4,900 branching lambdas",
                HugeBody(4900, "if (b) {{ NfsdFilePut(nf); }} else {{ if (nf.NfNet != null) NfsdFilePut(nf); }}"),
                probed: "M",
                HugeBodyDelays);

        /// <summary>The shape first reported (6,000 lambdas), past the block bound: RefOrder skips it at once.</summary>
        [Fact]
        public Task CancellingAnalysisOfABodyPastTheBound_StopsWithinTheBound() =>
            AssertStopsWithinTheBoundAsync("one body of 6,000 lambdas", HugeBody(6000, "if (b) NfsdFilePut(nf);"), probed: "M", HugeBodyDelays);

        private static string HugeBody(int lambdas, string lambdaBody)
        {
            var body = new System.Text.StringBuilder();
            body.AppendLine("public static void M(NfsdFile nf, bool b)");
            body.AppendLine("{");
            for (int i = 0; i < lambdas; i++)
            {
                body.AppendLine($"    {{ System.Action a{i} = () => {{ {string.Format(System.Globalization.CultureInfo.InvariantCulture, lambdaBody)} }}; a{i}(); }}");
            }

            body.AppendLine("}");
            return body.ToString();
        }

        private async Task AssertStopsWithinTheBoundAsync(string shape, string members, string? probed, int?[] delays)
        {
            var compilation = GeneratedProgramFuzzTests.Compile(new[] { Seed }, _ => members);
            _output.WriteLine($"{shape}: {members.Split('\n').Length} lines, seed {Seed}");

            var late = new List<string>();
            foreach (var delay in delays)
            {
                var (outcome, latency) = await CancelAsync(compilation, probed, delay);
                var when = delay == null ? "before the start" : $"{delay} ms after {(probed == null ? "the first body" : $"'{probed}'")} reached the analyzers";
                _output.WriteLine($"cancelled {when}: {outcome}, ended {latency.TotalMilliseconds:F0} ms after the cancellation");
                if (latency > Bound)
                {
                    late.Add($"cancelled {when}, ended {latency.TotalMilliseconds:F0} ms later ({outcome})");
                }
            }

            Assert.True(late.Count == 0, $"{shape} (seed {Seed}): analysis outlived its cancellation by more than {Bound.TotalSeconds} s: {string.Join("; ", late)}");
        }

        /// <summary>Starts a fresh analysis, cancels it as <paramref name="delayMs"/> says, and times how long it lingers.</summary>
        private static async Task<(string Outcome, TimeSpan Latency)> CancelAsync(Compilation compilation, string? probed, int? delayMs)
        {
            using var source = new CancellationTokenSource();
            var exceptions = new List<Exception>();
            var probe = new BodyProbe(probed);

            // The probe first: the driver runs the analyzers of one body in the order given, so the probe's signal comes
            // before RefOrder's work on the body, not after it.
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(probe).AddRange(Model.ModelCompilation.AllAnalyzers());
            var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, AnalyzerRuns.Options(exceptions, concurrent: true));
            if (delayMs == null)
            {
                source.Cancel();
            }

            var analysis = Task.Run(() => withAnalyzers.GetAnalyzerDiagnosticsAsync(source.Token));
            if (delayMs != null)
            {
                await Task.WhenAny(analysis, probe.Reached.Task);
                await Task.WhenAny(analysis, Task.Delay(delayMs.Value));
                source.Cancel();
            }

            var sinceCancel = Stopwatch.StartNew();
            string outcome;
            try
            {
                var diagnostics = await analysis;
                outcome = $"completed with {diagnostics.Length} diagnostics";
            }
            catch (OperationCanceledException)
            {
                outcome = "cancelled";
            }

            // The host's task ends at the cancellation even while analyzer callbacks still run behind it (and burn
            // the CPU the next analysis needs): the latency is until RefOrder's last body callback has returned.
            var flowRules = analyzers.OfType<RefOrder.Analyzers.Rules.Shared.FlowRuleAnalyzer>().ToList();
            while (flowRules.Any(rule => rule.CallbacksRunning > 0) && sinceCancel.Elapsed < TimeSpan.FromMinutes(1))
            {
                await Task.Delay(5);
            }

            var elapsed = sinceCancel.Elapsed;
            Assert.True(exceptions.Count == 0, "analyzer exception while cancelling: " + string.Join("; ", exceptions));
            return (outcome, elapsed);
        }

        /// <summary>Says when the driver hands the first method body (or the one named) to the analyzers; reports nothing.</summary>
        /// <remarks>
        /// A probe inside the test run, never shipped or loaded by a compiler, so the rules for analyzers that ship
        /// (netstandard target, no Workspaces reference, release tracking) do not apply to it.
        /// </remarks>
#pragma warning disable RS1036, RS1038, RS1041, RS2008
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class BodyProbe : DiagnosticAnalyzer
        {
            private readonly string? _method;

            public BodyProbe(string? method) => _method = method;

            private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor("PROBE", "probe", "probe", "Test", DiagnosticSeverity.Hidden, true);

            public TaskCompletionSource Reached { get; } = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterOperationAction(
                    body =>
                    {
                        if (_method == null || body.ContainingSymbol.Name == _method)
                        {
                            Reached.TrySetResult();
                        }
                    },
                    OperationKind.MethodBody);
            }
        }
#pragma warning restore RS1036, RS1038, RS1041, RS2008
    }
}
