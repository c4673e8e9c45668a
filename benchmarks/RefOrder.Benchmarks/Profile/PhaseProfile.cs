using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine;
using RefOrder.Analyzers.Engine.Lowering;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Benchmarks.Profile
{
    /// <summary>
    /// Where RefOrder's time and allocations go, phase by phase, on one compilation: the engine's own phases
    /// called one after another on every body, on one thread, so each phase's elapsed time and allocated bytes
    /// are its own (no driver, no other analyzer, no thread pool). Binding is the compiler's and is done first.
    /// </summary>
    internal static class PhaseProfile
    {
        public static IReadOnlyList<PhaseFigure> Measure(CSharpCompilation compilation)
        {
            var bodies = BindBodies(compilation);
            var clock = new PhaseClock();

            // The table resolves the vocabulary; contracts of members are read lazily, on first use, so the gate's
            // first pass over every body pays for reading most of them.
            var contracts = clock.Time(PhaseNames.Contracts, () => ContractTable.For(compilation));
            var touching = clock.Time(PhaseNames.Gate, () => bodies.Where(b => contracts.TouchesContracts(b.Body)).ToList());
            foreach (var (body, owner) in touching)
            {
                var graph = clock.Time(PhaseNames.Graph, () => body switch
                {
                    IMethodBodyOperation method => ControlFlowGraph.Create(method),
                    IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor),
                    _ => null,
                });
                if (graph != null)
                {
                    AnalyzeGraph(graph, owner, contracts, clock);
                }
            }

            return clock.Figures();
        }

        /// <summary>What <c>FlowAnalysis.Analyze</c> does, with each phase timed on its own.</summary>
        private static void AnalyzeGraph(ControlFlowGraph graph, ISymbol? owner, ContractTable contracts, PhaseClock clock)
        {
            if (graph.Blocks.Length > AnalysisLimits.Default.MaxBlocks)
            {
                return;
            }

            var lowered = clock.Time(PhaseNames.Lowering, () => BodyLowerer.Lower(graph, owner, contracts));
            var sink = new FlowResultBuilder();
            clock.Time(PhaseNames.Worklist, () => FlowAnalysis.AnalyzeLowered(lowered, contracts, sink, AnalysisLimits.Default, default));
            clock.Time(PhaseNames.Findings, () => sink.Build());
            foreach (var nested in lowered.Nested)
            {
                AnalyzeGraph(nested.Graph, nested.Symbol, contracts, clock);
            }
        }

        private static List<(IMethodBodyBaseOperation Body, ISymbol Owner)> BindBodies(CSharpCompilation compilation)
        {
            var bodies = new List<(IMethodBodyBaseOperation, ISymbol)>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>())
                {
                    if (model.GetOperation(declaration) is IMethodBodyBaseOperation body && model.GetDeclaredSymbol(declaration) is { } owner)
                    {
                        bodies.Add((body, owner));
                    }
                }
            }

            return bodies;
        }
    }

    internal static class PhaseNames
    {
        public const string Contracts = "contract table (vocabulary)";
        public const string Gate = "gate, reading contracts on first use";
        public const string Graph = "control-flow graph (Roslyn; the floor's work)";
        public const string Lowering = "lowering to events (incl. lambdas' graphs)";
        public const string Worklist = "worklist: transfer, joins, exit checks";
        public const string Findings = "findings collected";
    }

    /// <summary>One phase's totals over the compilation.</summary>
    internal sealed record PhaseFigure(string Phase, double Milliseconds, long AllocatedBytes, int Calls);

    /// <summary>Accumulates elapsed time and allocated bytes per phase, on the calling thread.</summary>
    internal sealed class PhaseClock
    {
        private readonly Dictionary<string, (double Ms, long Bytes, int Calls)> _totals = new Dictionary<string, (double, long, int)>();
        private readonly List<string> _order = new List<string>();

        public T Time<T>(string phase, System.Func<T> work)
        {
            long bytes = System.GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            var result = work();
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            bytes = System.GC.GetAllocatedBytesForCurrentThread() - bytes;
            if (!_totals.TryGetValue(phase, out var total))
            {
                _order.Add(phase);
            }

            _totals[phase] = (total.Ms + ms, total.Bytes + bytes, total.Calls + 1);
            return result;
        }

        public void Time(string phase, System.Action work) => Time(phase, () => { work(); return 0; });

        public IReadOnlyList<PhaseFigure> Figures() =>
            _order.Select(p => new PhaseFigure(p, _totals[p].Ms, _totals[p].Bytes, _totals[p].Calls)).ToList();
    }
}
