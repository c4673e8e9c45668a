using System;
using System.Collections.Generic;
using System.Threading;

namespace RefOrder.Analyzers.Engine
{
    /// <summary>What a dataflow problem supplies to the worklist: how states join and when they are equal.</summary>
    internal interface IFlowLattice<TState>
        where TState : class
    {
        /// <summary>The state at <paramref name="block"/> on either of two paths.</summary>
        TState Join(TState a, TState b, int block);

        bool Equal(TState a, TState b);
    }

    /// <summary>
    /// The one generic driver: propagates block-entry states along the edges a transfer function reports until
    /// nothing changes. Knows nothing of references, events or diagnostics.
    /// </summary>
    internal static class Worklist
    {
        /// <summary>
        /// Solves to a fixed point from <paramref name="entry"/>. Returns the entry state of every block (null where
        /// unreachable), or null when more than <paramref name="maxVisits"/> block visits were needed.
        /// </summary>
        public static TState?[]? Solve<TState>(
            int blockCount,
            int entryBlock,
            TState entry,
            Func<int, TState, IEnumerable<(int Target, TState State)>> transfer,
            IFlowLattice<TState> lattice,
            int maxVisits,
            CancellationToken cancellation = default)
            where TState : class
        {
            var input = new TState?[blockCount];
            input[entryBlock] = entry;
            var pending = new SortedSet<int> { entryBlock };
            int visits = 0;
            while (pending.Count > 0)
            {
                if (++visits > maxVisits)
                {
                    return null;
                }

                cancellation.ThrowIfCancellationRequested();

                int block = pending.Min;
                pending.Remove(block);
                foreach (var (target, state) in transfer(block, input[block]!))
                {
                    var before = input[target];
                    var after = before == null ? state : lattice.Join(before, state, target);
                    if (before == null || !lattice.Equal(before, after))
                    {
                        input[target] = after;
                        pending.Add(target);
                    }
                }
            }

            return input;
        }
    }
}
