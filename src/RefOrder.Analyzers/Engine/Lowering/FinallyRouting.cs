using System.Collections.Generic;
using System.Collections.Immutable;
using RefOrder.Analyzers.Engine.Events;

namespace RefOrder.Analyzers.Engine.Lowering
{
    /// <summary>
    /// Routes control through finally regions exactly: a path that leaves a <c>try</c> by <c>return</c>, <c>break</c>,
    /// <c>throw</c> or by falling through runs the finally and then goes on to its own destination only. A finally
    /// is therefore copied once per continuation it is entered with, and each copy's end leads to that continuation
    /// alone; code after the finally sees only the paths that fell through to it. Blocks outside finally regions
    /// are not copied. Bodies without a finally are lowered one to one.
    /// </summary>
    /// <remarks>
    /// A copy is named by its block and a context: a stack with one frame per enclosing finally, the frame saying
    /// where that finally's end goes (the rest of a chain of finally regions and the branch's destination, or, for
    /// a finally entered by an exception, the next handlers out). Contexts are drawn from the finite branches of
    /// the graph and bounded by its nesting, so the routed graph is finite.
    /// </remarks>
    internal sealed class FinallyRouting
    {
        private const string Exceptional = "E";

        private readonly IReadOnlyList<RawBlock> _blocks;
        private readonly HashSet<int> _finallyEntries;
        private readonly List<(string Frame, int Parent, int Depth)> _contexts = new List<(string, int, int)> { ("", -1, 0) };
        private readonly Dictionary<(string, int), int> _contextIds = new Dictionary<(string, int), int>();
        private readonly Dictionary<(int Block, int Context), int> _copies = new Dictionary<(int, int), int>();
        private readonly List<(int Block, int Context)> _order = new List<(int, int)>();

        private FinallyRouting(IReadOnlyList<RawBlock> blocks, HashSet<int> finallyEntries)
        {
            _blocks = blocks;
            _finallyEntries = finallyEntries;
        }

        /// <summary>The routed blocks, the entry first; <paramref name="finallyEntries"/> are the first blocks of finally regions.</summary>
        public static ImmutableArray<LoweredBlock> Route(IReadOnlyList<RawBlock> blocks, HashSet<int> finallyEntries) =>
            new FinallyRouting(blocks, finallyEntries).Run();

        private ImmutableArray<LoweredBlock> Run()
        {
            var result = new List<LoweredBlock>();
            CopyOf(0, 0);
            for (int i = 0; i < _order.Count; i++)
            {
                var (ordinal, context) = _order[i];
                var raw = _blocks[ordinal];
                var edges = ImmutableArray.CreateBuilder<LoweredEdge>(raw.Edges.Length);
                foreach (var edge in raw.Edges)
                {
                    foreach (var (target, targetContext) in Successors(raw, edge, context))
                    {
                        edges.Add(new LoweredEdge(CopyOf(target, targetContext), edge.When, edge.LeavesBy));
                    }
                }

                var handlers = ImmutableArray.CreateBuilder<int>(raw.Handlers.Length);
                foreach (var (target, targetContext) in Handle(raw.Handlers, context))
                {
                    handlers.Add(CopyOf(target, targetContext));
                }

                result.Add(new LoweredBlock(i, raw.Body.Events, raw.Body.Condition, edges.ToImmutable(), handlers.ToImmutable(), raw.IsExit));
            }

            return result.ToImmutableArray();
        }

        private IEnumerable<(int, int)> Successors(RawBlock block, RawEdge edge, int context)
        {
            switch (edge.Kind)
            {
                case RawEdgeKind.Branch when edge.Finallies.IsEmpty:
                    return new[] { (edge.Destination, Truncate(context, Depth(edge.Destination))) };
                case RawEdgeKind.Branch:
                    int first = edge.Finallies[0];
                    var chain = edge.Finallies.RemoveAt(0).Add(edge.Destination);
                    return new[] { (first, Push(Truncate(context, Depth(first) - 1), string.Join(",", chain))) };
                case RawEdgeKind.Throw:
                    return Handle(block.Handlers, context);
                default:
                    return EndOfFinally(block, context);
            }
        }

        /// <summary>Where the end of a finally goes: the next link of the chain it was entered for, or on out with the exception.</summary>
        private IEnumerable<(int, int)> EndOfFinally(RawBlock block, int context)
        {
            string frame = _contexts[context].Frame;
            int outer = _contexts[context].Parent;
            if (outer < 0)
            {
                yield break; // not entered on any path we routed
            }

            if (frame == Exceptional)
            {
                foreach (var h in Handle(block.FinallyExceptionTargets, outer))
                {
                    yield return h;
                }

                yield break;
            }

            var chain = frame.Split(',');
            int next = int.Parse(chain[0], System.Globalization.CultureInfo.InvariantCulture);
            yield return chain.Length == 1
                ? (next, Truncate(outer, Depth(next)))
                : (next, Push(Truncate(outer, Depth(next) - 1), string.Join(",", chain, 1, chain.Length - 1)));
        }

        /// <summary>An exception goes to each handler; a finally handler is entered with an exceptional frame.</summary>
        private IEnumerable<(int, int)> Handle(ImmutableArray<int> handlers, int context)
        {
            foreach (var h in handlers)
            {
                yield return _finallyEntries.Contains(h)
                    ? (h, Push(Truncate(context, Depth(h) - 1), Exceptional))
                    : (h, Truncate(context, Depth(h)));
            }
        }

        private int CopyOf(int block, int context)
        {
            if (!_copies.TryGetValue((block, context), out int index))
            {
                index = _order.Count;
                _copies.Add((block, context), index);
                _order.Add((block, context));
            }

            return index;
        }

        private int Depth(int block) => _blocks[block].FinallyDepth;

        private int Push(int context, string frame)
        {
            if (!_contextIds.TryGetValue((frame, context), out int id))
            {
                id = _contexts.Count;
                _contexts.Add((frame, context, _contexts[context].Depth + 1));
                _contextIds.Add((frame, context), id);
            }

            return id;
        }

        private int Truncate(int context, int depth)
        {
            while (context > 0 && _contexts[context].Depth > depth)
            {
                context = _contexts[context].Parent;
            }

            return context;
        }
    }
}
