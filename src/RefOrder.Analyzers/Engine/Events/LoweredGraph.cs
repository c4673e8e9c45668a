using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Engine.Events
{
    /// <summary>A successor of a lowered block, with the branch value under which it is taken, if any.</summary>
    internal readonly struct LoweredEdge
    {
        public LoweredEdge(int target, bool? whenBranchValue, SyntaxNode? leavesBy = null)
        {
            LeavesBy = leavesBy;
            Target = target;
            WhenBranchValue = whenBranchValue;
        }

        /// <summary>The ordinal of the destination block.</summary>
        public int Target { get; }

        /// <summary>For conditional branches: the branch value that takes this edge; null for unconditional edges.</summary>
        public bool? WhenBranchValue { get; }

        /// <summary>For an edge to the exit: the <c>return;</c> (without a value) it stands for, when the lowering knows it.</summary>
        public SyntaxNode? LeavesBy { get; }
    }

    /// <summary>One basic block, lowered: its events, its test, and where control (and exceptions) can go next.</summary>
    internal sealed class LoweredBlock
    {
        public LoweredBlock(int ordinal, ImmutableArray<FlowEvent> events, BranchCondition? condition, ImmutableArray<LoweredEdge> edges, ImmutableArray<int> handlers, bool isExit = false)
        {
            IsExit = isExit;
            Ordinal = ordinal;
            Events = events;
            Condition = condition;
            Edges = edges;
            Handlers = handlers;
        }

        public int Ordinal { get; }

        /// <summary>The body's exit: a normal path that reaches it leaves the method (its exit contract is checked there).</summary>
        public bool IsExit { get; }

        public ImmutableArray<FlowEvent> Events { get; }

        public BranchCondition? Condition { get; }

        public ImmutableArray<LoweredEdge> Edges { get; }

        /// <summary>First blocks of the catch, filter and finally handlers an exception raised here reaches.</summary>
        public ImmutableArray<int> Handlers { get; }
    }

    /// <summary>
    /// A method body (or lambda, or local function) lowered to events over its control-flow graph. The engine's
    /// input: nothing here knows about diagnostics.
    /// </summary>
    internal sealed class LoweredGraph
    {
        public LoweredGraph(ISymbol? owner, IOperation root, ImmutableArray<LoweredBlock> blocks, ImmutableArray<NestedBody> nested)
        {
            Owner = owner;
            Root = root;
            Blocks = blocks;
            Nested = nested;
        }

        /// <summary>The method, lambda or local function whose body this is.</summary>
        public ISymbol? Owner { get; }

        public IOperation Root { get; }

        public ImmutableArray<LoweredBlock> Blocks { get; }

        /// <summary>Lambdas and local functions met in the body, analysed as bodies of their own.</summary>
        public ImmutableArray<NestedBody> Nested { get; }
    }

    /// <summary>A lambda or local function found in a body, with the CFG Roslyn builds for it.</summary>
    internal sealed class NestedBody
    {
        public NestedBody(IMethodSymbol symbol, Microsoft.CodeAnalysis.FlowAnalysis.ControlFlowGraph graph)
        {
            Symbol = symbol;
            Graph = graph;
        }

        public IMethodSymbol Symbol { get; }

        public Microsoft.CodeAnalysis.FlowAnalysis.ControlFlowGraph Graph { get; }
    }
}
