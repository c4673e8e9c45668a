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
    /// Cancellation stops analysis promptly. On a large generated compilation, the token is cancelled before the start,
    /// and at fixed delays after the first method body reaches the analyzers (a probe analyzer in the same run says
    /// when), so the cancellation lands in the middle of RefOrder's work rather than in binding. The analysis must end, by throwing OperationCanceledException
    /// or by completing, within <see cref="Bound"/> of the cancellation.
    /// </summary>
    public class CancellationFuzzTests
    {
        private const ulong Seed = 99;
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

        /// <summary>Milliseconds after the first body reaches the analyzers; null: cancelled before the start.</summary>
        private static readonly int?[] Delays = { null, 0, 100, 500 };

        private readonly ITestOutputHelper _output;

        public CancellationFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public Task CancellingAnalysisOfManyMethods_StopsWithinTheBound() =>
            AssertStopsWithinTheBoundAsync("300 generated methods", ProgramGenerator.Members(Seed, minMethods: 300, maxMethods: 300, depth: 3));

        private async Task AssertStopsWithinTheBoundAsync(string shape, string members)
        {
            var compilation = GeneratedProgramFuzzTests.Compile(new[] { Seed }, _ => members);
            _output.WriteLine($"{shape}: {members.Split('\n').Length} lines, seed {Seed}");

            var late = new List<string>();
            foreach (var delay in Delays)
            {
                var (outcome, latency) = await CancelAsync(compilation, delay);
                var when = delay == null ? "before the start" : $"{delay} ms after the first body";
                _output.WriteLine($"cancelled {when}: {outcome}, ended {latency.TotalMilliseconds:F0} ms after the cancellation");
                if (latency > Bound)
                {
                    late.Add($"cancelled {when}, ended {latency.TotalMilliseconds:F0} ms later ({outcome})");
                }
            }

            Assert.True(late.Count == 0, $"{shape} (seed {Seed}): analysis outlived its cancellation by more than {Bound.TotalSeconds} s: {string.Join("; ", late)}");
        }

        /// <summary>Starts a fresh analysis, cancels it as <paramref name="delayMs"/> says, and times how long it lingers.</summary>
        private static async Task<(string Outcome, TimeSpan Latency)> CancelAsync(Compilation compilation, int? delayMs)
        {
            using var source = new CancellationTokenSource();
            var exceptions = new List<Exception>();
            var probe = new FirstBodyProbe();
            var analyzers = Model.ModelCompilation.AllAnalyzers().Add(probe);
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

            var elapsed = sinceCancel.Elapsed;
            Assert.True(exceptions.Count == 0, "analyzer exception while cancelling: " + string.Join("; ", exceptions));
            return (outcome, elapsed);
        }

        /// <summary>Says when the driver hands the first method body to the analyzers; reports nothing.</summary>
        /// <remarks>
        /// A probe inside the test run, never shipped or loaded by a compiler, so the rules for analyzers that ship
        /// (netstandard target, no Workspaces reference, release tracking) do not apply to it.
        /// </remarks>
#pragma warning disable RS1036, RS1038, RS1041, RS2008
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class FirstBodyProbe : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor("PROBE", "probe", "probe", "Test", DiagnosticSeverity.Hidden, true);

            public TaskCompletionSource Reached { get; } = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterOperationAction(_ => Reached.TrySetResult(), OperationKind.MethodBody);
            }
        }
#pragma warning restore RS1036, RS1038, RS1041, RS2008
    }
}
