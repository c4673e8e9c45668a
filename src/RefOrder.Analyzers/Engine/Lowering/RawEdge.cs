using System.Collections.Immutable;

namespace RefOrder.Analyzers.Engine.Lowering
{
    /// <summary>How control leaves a block, as the CFG says it before finally regions are routed.</summary>
    internal enum RawEdgeKind
    {
        /// <summary>To <see cref="RawEdge.Destination"/>, through the finally regions <see cref="RawEdge.Finallies"/> first.</summary>
        Branch,

        /// <summary>The end of the finally region the block is in: on to wherever the path that entered it goes.</summary>
        EndOfFinally,

        /// <summary>A <c>throw</c>: to the handlers an exception raised in the block reaches.</summary>
        Throw,
    }

    /// <summary>One way out of a block before routing (original CFG ordinals).</summary>
    internal readonly struct RawEdge
    {
        public RawEdge(RawEdgeKind kind, int destination, ImmutableArray<int> finallies, bool? when, Microsoft.CodeAnalysis.SyntaxNode? leavesBy = null)
        {
            LeavesBy = leavesBy;
            Kind = kind;
            Destination = destination;
            Finallies = finallies;
            When = when;
        }

        public RawEdgeKind Kind { get; }

        public int Destination { get; }

        /// <summary>First blocks of the finally regions the branch runs before its destination, innermost first.</summary>
        public ImmutableArray<int> Finallies { get; }

        public bool? When { get; }

        /// <summary>For a branch straight to the exit: the <c>return;</c> it stands for, if known.</summary>
        public Microsoft.CodeAnalysis.SyntaxNode? LeavesBy { get; }
    }

    /// <summary>A lowered block before routing: its events and test, how it is left, and where it sits among finally regions.</summary>
    internal sealed class RawBlock
    {
        public RawBlock(LoweredBlockBody body, ImmutableArray<RawEdge> edges, ImmutableArray<int> handlers, int finallyDepth, ImmutableArray<int> finallyExceptionTargets, bool isExit)
        {
            IsExit = isExit;
            Body = body;
            Edges = edges;
            Handlers = handlers;
            FinallyDepth = finallyDepth;
            FinallyExceptionTargets = finallyExceptionTargets;
        }

        public LoweredBlockBody Body { get; }

        public bool IsExit { get; }

        public ImmutableArray<RawEdge> Edges { get; }

        /// <summary>First blocks of the handlers an exception raised in the block reaches (original ordinals).</summary>
        public ImmutableArray<int> Handlers { get; }

        /// <summary>How many finally regions of the body enclose the block.</summary>
        public int FinallyDepth { get; }

        /// <summary>For a block ending its finally region: the handlers an exception that entered the finally goes on to.</summary>
        public ImmutableArray<int> FinallyExceptionTargets { get; }
    }

    /// <summary>What a lowered block does, whichever copy of it routing makes.</summary>
    internal sealed class LoweredBlockBody
    {
        public LoweredBlockBody(ImmutableArray<Events.FlowEvent> events, Events.BranchCondition? condition)
        {
            Events = events;
            Condition = condition;
        }

        public ImmutableArray<Events.FlowEvent> Events { get; }

        public Events.BranchCondition? Condition { get; }
    }
}
