using System.Collections.Generic;
using RefOrder.Analyzers.Engine.Events;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>
    /// The facts at one program point: which value each root holds, which value each member read on a value
    /// yields (so <c>nf.NfNet</c> read twice is one value), what is known about each value, and the locks held on
    /// every path. Mutable while a block is transferred; states handed to the worklist are never changed again.
    /// </summary>
    internal sealed class FlowState
    {
        private static readonly System.Func<MemoKey, long> MemoOrder = key => ((long)key.Holder << 32) | (uint)key.MemberId;
        private static readonly System.Func<int, long> ValueOrder = value => value;

        public FlowState()
            : this(0, 0, 0)
        {
        }

        /// <summary>An empty state with room for about as many entries as <paramref name="like"/> has (a join's result).</summary>
        public FlowState(FlowState like)
            : this(like.Env.Count, like.Memo.Count, like.Facts.Count)
        {
        }

        private FlowState(int roots, int memberReads, int values)
        {
            Env = new CopyOnWriteMap<Root, int>(Headroom.For(roots));
            Memo = new VectorMap<MemoKey, int>(MemoOrder, Headroom.For(memberReads));
            Facts = new VectorMap<int, ValueFacts>(ValueOrder, Headroom.For(values));
            Locks = new CopyOnWriteSet<string>();
        }

        /// <summary>A state over the given tables (see <see cref="Clone"/>).</summary>
        private FlowState(CopyOnWriteMap<Root, int> env, VectorMap<MemoKey, int> memo, VectorMap<int, ValueFacts> facts, CopyOnWriteSet<string> locks, ReturnedValue? returned)
        {
            Env = env;
            Memo = memo;
            Facts = facts;
            Locks = locks;
            Returned = returned;
        }

        public CopyOnWriteMap<Root, int> Env { get; }

        public VectorMap<MemoKey, int> Memo { get; }

        public VectorMap<int, ValueFacts> Facts { get; }

        /// <summary>Locks held on every path to this point.</summary>
        public CopyOnWriteSet<string> Locks { get; }

        /// <summary>The value a <c>return</c> on this path hands back, once it has been evaluated (checked at the exit).</summary>
        public ReturnedValue? Returned { get; set; }

        /// <summary>A copy that shares this state's tables until either writes.</summary>
        public FlowState Clone() => new FlowState(Env.Share(), Memo.Share(), Facts.Share(), Locks.Share(), Returned);

        public ValueFacts FactsOf(int value) => Facts.TryGetValue(value, out var f) ? f : ValueFacts.Empty;

        /// <summary>Known live here: held, vouched for until released, stable, or read under a lock that is held.</summary>
        public bool IsKnownLive(int value)
        {
            var f = FactsOf(value);
            return f.Stable || f.UntilRelease || HeldCounts.AnyHeld(f.Held) || (f.UnderLock != null && Locks.Contains(f.UnderLock));
        }

        public bool SameAs(FlowState other)
        {
            if (Env.Count != other.Env.Count || Memo.Count != other.Memo.Count || Facts.Count != other.Facts.Count || !Locks.SetEquals(other.Locks) || !Equals(Returned, other.Returned))
            {
                return false;
            }

            return SameEntries(Env, other.Env, (x, y) => x == y)
                && Memo.SameAs(other.Memo, (x, y) => x == y)
                && Facts.SameAs(other.Facts, (x, y) => ReferenceEquals(x, y) || x.Equals(y));
        }

        /// <summary>Same keys and equal values (the counts are known equal); shared tables are equal outright.</summary>
        private static bool SameEntries<TKey, TValue>(CopyOnWriteMap<TKey, TValue> a, CopyOnWriteMap<TKey, TValue> b, System.Func<TValue, TValue, bool> equal)
            where TKey : notnull
        {
            if (a.SharesTableWith(b))
            {
                return true;
            }

            foreach (var pair in a)
            {
                if (!b.TryGetValue(pair.Key, out var value) || !equal(pair.Value, value))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Drops temporaries and every value no root reaches any more, so states stay small.</summary>
        /// <param name="dropTemps">Forget call-result temporaries, which nothing reads after their block.</param>
        /// <param name="reachable">A scratch set, reused across calls to spare an allocation per block.</param>
        public void Prune(bool dropTemps, HashSet<int> reachable)
        {
            if (dropTemps)
            {
                List<Root>? temps = null;
                foreach (var root in Env.Keys)
                {
                    if (root.Kind == RootKind.Temp)
                    {
                        (temps ??= new List<Root>()).Add(root);
                    }
                }

                if (temps != null)
                {
                    foreach (var t in temps)
                    {
                        Env.Remove(t);
                    }
                }
            }

            reachable.Clear();
            foreach (var v in Env.Values)
            {
                reachable.Add(v);
            }

            if (Returned != null)
            {
                reachable.Add(Returned.Value);
            }

            bool grew = true;
            while (grew)
            {
                grew = false;
                foreach (var pair in Memo)
                {
                    if (reachable.Contains(pair.Key.Holder) && reachable.Add(pair.Value))
                    {
                        grew = true;
                    }
                }
            }

            if (reachable.Count == Facts.Count && Memo.Count == 0)
            {
                return;
            }

            List<MemoKey>? deadKeys = null;
            foreach (var pair in Memo)
            {
                if (!reachable.Contains(pair.Key.Holder))
                {
                    (deadKeys ??= new List<MemoKey>()).Add(pair.Key);
                }
            }

            if (deadKeys != null)
            {
                foreach (var k in deadKeys)
                {
                    Memo.Remove(k);
                }
            }

            List<int>? deadValues = null;
            foreach (var pair in Facts)
            {
                if (!reachable.Contains(pair.Key))
                {
                    (deadValues ??= new List<int>()).Add(pair.Key);
                }
            }

            if (deadValues != null)
            {
                foreach (var v in deadValues)
                {
                    Facts.Remove(v);
                }
            }
        }
    }
}
