using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine.Events;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Engine.Lowering;
using RefOrder.Analyzers.Engine.State;
using RefOrder.Analyzers.Engine.Transfer;

namespace RefOrder.Analyzers.Engine
{
    /// <summary>
    /// The engine's entry point: lowers a body's control-flow graph to events and runs the worklist to a fixed
    /// point; the findings of each block's last transfer (from its fixed-point state) go to the sink. Lambdas and
    /// local functions are analysed as bodies of their own.
    /// </summary>
    internal static class FlowAnalysis
    {
        public static void Analyze(ControlFlowGraph graph, ISymbol? owner, ContractTable contracts, IFindingSink sink, AnalysisOptions? options = null, CancellationToken cancellation = default)
        {
            options ??= AnalysisOptions.Default;
            var limits = options.Limits;

            // Checked before lowering: a body past the bound must cost nothing more than saying so.
            if (graph.Blocks.Length > limits.MaxBlocks)
            {
                sink.Skipped(new SkippedFinding($"its control-flow graph has {graph.Blocks.Length} blocks, more than the bound of {limits.MaxBlocks}"));
                return;
            }

            var lowered = BodyLowerer.Lower(graph, owner, contracts, options.IsTestPoint, cancellation);
            AnalyzeLowered(lowered, contracts, sink, limits, cancellation);
            foreach (var nested in lowered.Nested)
            {
                cancellation.ThrowIfCancellationRequested();
                Analyze(nested.Graph, nested.Symbol, contracts, sink, options, cancellation);
            }
        }

        internal static void AnalyzeLowered(LoweredGraph graph, ContractTable contracts, IFindingSink sink, AnalysisLimits limits, CancellationToken cancellation)
        {
            int blocks = graph.Blocks.Length;

            var ids = new ValueIds();
            var values = new ValueStore(contracts, ids);
            var findings = new BlockFindings(blocks);
            var transfer = new EventTransfer(contracts, values, findings, graph.Owner);
            var entryTargets = new Dictionary<RefEffect, int>();
            var entry = EntryState.Create(graph.Owner, contracts, values, entryTargets);
            var exit = new ExitCheck(graph.Owner, graph.Root, contracts, values, findings, ManagedCountersAndLocks(graph), entryTargets);
            var entryLocks = entry.Locks.ToArray();
            var lattice = new Lattice(ids);
            int maxVisits = (limits.VisitsPerBlock * blocks) + 100;
            var inputs = Worklist.Solve(
                blocks,
                0,
                entry,
                (b, s) =>
                {
                    findings.Begin(b);
                    return TransferBlock(graph, graph.Blocks[b], s, transfer, values, lattice, (state, leavesBy) => exit.Check(state, entryLocks, leavesBy));
                },
                lattice,
                maxVisits,
                cancellation);
            if (inputs == null)
            {
                sink.Skipped(new SkippedFinding($"its facts did not settle within {maxVisits} block visits"));
                return;
            }

            findings.FlushTo(sink);
        }

        /// <summary>
        /// Applies a block's events to a copy of its entry state, and yields the state on each edge: refined by the
        /// block's test on conditional edges, and, for handlers, the join of the states before each call that may throw.
        /// </summary>
        private static List<(int, FlowState)> TransferBlock(LoweredGraph graph, LoweredBlock block, FlowState input, EventTransfer transfer, ValueStore values, Lattice lattice, System.Action<FlowState, SyntaxNode?> checkExit)
        {
            var state = input.Clone();
            FlowState? exceptional = null;
            bool inTry = !block.Handlers.IsEmpty;
            foreach (var e in block.Events)
            {
                if (inTry && e.MayThrow)
                {
                    exceptional = exceptional == null ? state.Clone() : lattice.Join(exceptional, state, block.Ordinal);
                }

                transfer.Apply(state, e);
            }

            var outputs = new List<(int, FlowState)>(block.Edges.Length + block.Handlers.Length);
            foreach (var edge in block.Edges)
            {
                if (edge.WhenBranchValue is bool when && block.Condition != null)
                {
                    var refined = state.Clone();
                    transfer.ApplyCondition(refined, block.Condition, block.Condition.HoldsWhen(when));
                    if (graph.Blocks[edge.Target].IsExit)
                    {
                        checkExit(refined, edge.LeavesBy);
                    }

                    refined.Prune(dropTemps: true, values.Scratch);
                    outputs.Add((edge.Target, refined));
                }
            }

            foreach (var edge in block.Edges)
            {
                if ((edge.WhenBranchValue == null || block.Condition == null) && graph.Blocks[edge.Target].IsExit)
                {
                    checkExit(state, edge.LeavesBy);
                    break;
                }
            }

            state.Prune(dropTemps: true, values.Scratch);
            foreach (var edge in block.Edges)
            {
                if (edge.WhenBranchValue == null || block.Condition == null)
                {
                    outputs.Add((edge.Target, state));
                }
            }

            if (exceptional != null)
            {
                exceptional.Prune(dropTemps: true, values.Scratch);
                foreach (var handler in block.Handlers)
                {
                    outputs.Add((handler, exceptional));
                }
            }

            return outputs;
        }

        /// <summary>
        /// The counters (per type of the value counted) and locks the body's own events acquire, release, take or
        /// drop; a counter of a value whose type the lowering does not know is keyed by its name alone.
        /// </summary>
        internal static ManagedCounts ManagedCountersAndLocks(LoweredGraph graph)
        {
            var managed = new ManagedCounts();
            foreach (var block in graph.Blocks)
            {
                foreach (var e in block.Events)
                {
                    switch (e)
                    {
                        case AcquireEvent a: managed.Add(a.Target, a.Counter); break;
                        case TryAcquireEvent t: managed.Add(t.Target, t.Counter); break;
                        case ReleaseEvent r: managed.Add(r.Target, r.Counter); break;
                        case HandOverEvent h when h.Counter != HandOverEvent.AnyCounter: managed.Add(h.Target, h.Counter); break;
                        case LockEvent l: managed.AddLock(l.Lock); break;
                        case UnlockEvent u: managed.AddLock(u.Lock); break;
                    }
                }
            }

            return managed;
        }

        private sealed class Lattice : IFlowLattice<FlowState>
        {
            private readonly StateJoin _join;

            public Lattice(ValueIds ids) => _join = new StateJoin(ids);

            public FlowState Join(FlowState a, FlowState b, int block) => _join.Join(a, b, block);

            public bool Equal(FlowState a, FlowState b) => a.SameAs(b);
        }
    }
}
