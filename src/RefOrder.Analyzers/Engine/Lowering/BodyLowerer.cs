using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Engine.Events;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.FlowAnalysis;
using RefOrder.Analyzers.Contracts;

namespace RefOrder.Analyzers.Engine.Lowering
{
    /// <summary>
    /// Lowers one control-flow graph to the event language: each operation of each block becomes the reference,
    /// liveness and lock events it stands for, resolved through the contract table; branches become edges routed
    /// through finally regions; every block learns which handlers an exception raised in it reaches.
    /// </summary>
    internal sealed partial class BodyLowerer
    {
        private readonly ControlFlowGraph _graph;
        private readonly ContractTable _contracts;
        private readonly List<FlowEvent> _events = new List<FlowEvent>();
        private readonly Dictionary<IOperation, Place> _placeOf = new Dictionary<IOperation, Place>();
        private readonly List<NestedBody> _nested = new List<NestedBody>();
        private int _nextTemp;

        /// <summary>
        /// Places are remembered per operation only where they are looked up again: inside a branch value (to read
        /// its test) and in test points. Remembering every operation would cost a hash per node.
        /// </summary>
        private bool _recordPlaces;
        private int _nextEventId;

        private readonly CancellationToken _cancellation;

        /// <summary>The engine tests' seam: calls to methods it accepts become test points. Null when shipped.</summary>
        private readonly System.Func<IMethodSymbol, bool>? _isTestPoint;

        private BodyLowerer(ControlFlowGraph graph, ContractTable contracts, System.Func<IMethodSymbol, bool>? isTestPoint, CancellationToken cancellation)
        {
            _graph = graph;
            _contracts = contracts;
            _isTestPoint = isTestPoint;
            _cancellation = cancellation;
        }

        /// <summary>Lowers <paramref name="graph"/>, the body of <paramref name="owner"/>.</summary>
        public static LoweredGraph Lower(ControlFlowGraph graph, ISymbol? owner, ContractTable contracts, System.Func<IMethodSymbol, bool>? isTestPoint = null, CancellationToken cancellation = default) =>
            new BodyLowerer(graph, contracts, isTestPoint, cancellation).Run(owner);

        private LoweredGraph Run(ISymbol? owner)
        {
            var raw = new List<RawBlock>(_graph.Blocks.Length);
            var finallyEntries = new HashSet<int>();
            foreach (var block in _graph.Blocks)
            {
                _cancellation.ThrowIfCancellationRequested();
                raw.Add(LowerBlock(block));
                if (block.EnclosingRegion.Kind == ControlFlowRegionKind.Finally && block.EnclosingRegion.FirstBlockOrdinal == block.Ordinal)
                {
                    finallyEntries.Add(block.Ordinal);
                }
            }

            var blocks = FinallyRouting.Route(raw, finallyEntries);

            foreach (var local in _graph.LocalFunctions)
            {
                if (NeedsAnalysis(local, LocalFunctionBody(local)))
                {
                    _nested.Add(new NestedBody(local, _graph.GetLocalFunctionControlFlowGraph(local, _cancellation)));
                }
            }

            return new LoweredGraph(owner, _graph.OriginalOperation, blocks, _nested.ToImmutableArray());
        }

        private RawBlock LowerBlock(BasicBlock block)
        {
            _events.Clear();
            _placeOf.Clear();
            foreach (var operation in block.Operations)
            {
                Eval(operation);
            }

            BranchCondition? condition = null;
            if (block.BranchValue != null)
            {
                _recordPlaces = block.ConditionKind != ControlFlowConditionKind.None;
                var value = Eval(block.BranchValue);
                if (_recordPlaces)
                {
                    condition = ConditionOf(block.BranchValue);
                    _recordPlaces = false;
                }
                else if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
                {
                    if (value != null)
                    {
                        Emit(new UseEvent(block.BranchValue, value)); // returning a value is a use of it
                    }

                    Emit(new ReturnEvent(block.BranchValue, value));
                }
            }

            var edges = ImmutableArray.CreateBuilder<RawEdge>(2);
            if (block.ConditionalSuccessor is { } conditional)
            {
                bool takenWhen = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
                AddEdge(block, conditional, takenWhen, edges);
                if (block.FallThroughSuccessor is { } otherwise)
                {
                    AddEdge(block, otherwise, !takenWhen, edges);
                }
            }
            else if (block.FallThroughSuccessor is { } fallThrough)
            {
                AddEdge(block, fallThrough, null, edges);
            }

            var enclosingFinally = EnclosingOfKind(block.EnclosingRegion, ControlFlowRegionKind.Finally);
            var exceptionTargets = enclosingFinally == null ? ImmutableArray<int>.Empty : HandlersOf(enclosingFinally.EnclosingRegion);
            return new RawBlock(
                new LoweredBlockBody(_events.ToImmutableArray(), condition),
                edges.ToImmutable(),
                HandlersOf(block.EnclosingRegion),
                FinallyDepth(block.EnclosingRegion),
                exceptionTargets,
                block.Kind == BasicBlockKind.Exit);
        }

        private void AddEdge(BasicBlock block, ControlFlowBranch branch, bool? when, ImmutableArray<RawEdge>.Builder edges)
        {
            if (branch.Destination != null)
            {
                var finallies = branch.FinallyRegions.IsEmpty ? ImmutableArray<int>.Empty : branch.FinallyRegions.Select(r => r.FirstBlockOrdinal).ToImmutableArray();
                var leavesBy = branch.Destination.Kind == BasicBlockKind.Exit && finallies.IsEmpty ? VoidReturnSyntax.Of(block, when) : null;
                edges.Add(new RawEdge(RawEdgeKind.Branch, branch.Destination.Ordinal, finallies, when, leavesBy));
                return;
            }

            switch (branch.Semantics)
            {
                case ControlFlowBranchSemantics.StructuredExceptionHandling when EnclosingOfKind(block.EnclosingRegion, ControlFlowRegionKind.Finally) != null:
                    edges.Add(new RawEdge(RawEdgeKind.EndOfFinally, -1, ImmutableArray<int>.Empty, when));
                    break;
                case ControlFlowBranchSemantics.Throw:
                case ControlFlowBranchSemantics.Rethrow:
                    edges.Add(new RawEdge(RawEdgeKind.Throw, -1, ImmutableArray<int>.Empty, when));
                    break;
            }
        }

        /// <summary>How many finally regions of this graph enclose <paramref name="region"/>.</summary>
        private int FinallyDepth(ControlFlowRegion? region)
        {
            int depth = 0;
            for (var r = region; r != null && r != _graph.Root.EnclosingRegion; r = r.EnclosingRegion)
            {
                if (r.Kind == ControlFlowRegionKind.Finally)
                {
                    depth++;
                }
            }

            return depth;
        }

        /// <summary>
        /// The first blocks of the handlers an exception raised in <paramref name="region"/> can reach: the catches
        /// of every enclosing try (an exception may not match the inner ones), up to the first enclosing finally,
        /// whose own end routes the exception further out.
        /// </summary>
        private ImmutableArray<int> HandlersOf(ControlFlowRegion? region)
        {
            ImmutableArray<int>.Builder? result = null;

            // A lambda's graph hangs below the regions of the body it is written in; its handlers are not ours.
            for (var r = region; r != null && r != _graph.Root.EnclosingRegion; r = r.EnclosingRegion)
            {
                if (r.Kind != ControlFlowRegionKind.Try || r.EnclosingRegion == null)
                {
                    continue;
                }

                var parent = r.EnclosingRegion;
                result ??= ImmutableArray.CreateBuilder<int>();
                bool isFinally = false;
                foreach (var handler in parent.NestedRegions)
                {
                    if (handler == r)
                    {
                        continue;
                    }

                    result.Add(handler.FirstBlockOrdinal);
                    isFinally |= handler.Kind == ControlFlowRegionKind.Finally;
                }

                if (isFinally)
                {
                    break;
                }
            }

            return result?.ToImmutable() ?? ImmutableArray<int>.Empty;
        }

        private ControlFlowRegion? EnclosingOfKind(ControlFlowRegion? region, ControlFlowRegionKind kind)
        {
            for (var r = region; r != null && r != _graph.Root.EnclosingRegion; r = r.EnclosingRegion)
            {
                if (r.Kind == kind)
                {
                    return r;
                }
            }

            return null;
        }

        /// <summary>
        /// A lambda or local function gets a graph of its own only if it could yield a finding: it calls something
        /// annotated, or carries a contract itself. Building graphs for the rest would be wasted.
        /// </summary>
        private bool NeedsAnalysis(IMethodSymbol symbol, IOperation? body) =>
            body == null || _contracts.TouchesContracts(body) || !_contracts.GetMethod(symbol).IsEmpty;

        private IOperation? LocalFunctionBody(IMethodSymbol local)
        {
            foreach (var operation in _graph.OriginalOperation.Descendants())
            {
                if (operation is Microsoft.CodeAnalysis.Operations.ILocalFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, local))
                {
                    return (IOperation?)function.Body ?? function.IgnoredBody;
                }
            }

            return null;
        }

        private void Emit(FlowEvent e) => _events.Add(e);

        /// <summary>A stable number for a value-creating event within its body: the engine names the value after it.</summary>
        private int NextId() => _nextEventId++;

        private Place NewTemp(IOperation operation)
        {
            var place = Place.ForRoot(Root.OfTemp(_nextTemp++), operation.Syntax);
            if (_recordPlaces)
            {
                _placeOf[operation] = place;
            }

            return place;
        }
    }
}
