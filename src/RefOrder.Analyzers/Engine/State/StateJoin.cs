using System.Collections.Generic;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>
    /// Joins the states of two paths at a block. A root that holds the same value on both paths keeps it; one
    /// that holds different values gets the join point's phi value, whose facts are the join of both and whose
    /// member reads are joined the same way. Roots known on one path only are forgotten.
    /// </summary>
    internal sealed class StateJoin
    {
        private static readonly List<KeyValuePair<MemoKey, int>> NoReads = new List<KeyValuePair<MemoKey, int>>();

        private readonly ValueIds _ids;

        // Working sets reused by every join of one body: a join is the worklist's most frequent step, and growing
        // fresh sets each time cost more than the join itself.
        private readonly Queue<(int Result, int A, int B)> _pairs = new Queue<(int Result, int A, int B)>();
        private readonly HashSet<(int, int, int)> _seen = new HashSet<(int, int, int)>();

        public StateJoin(ValueIds ids) => _ids = ids;

        public FlowState Join(FlowState a, FlowState b, int block)
        {
            var ids = _ids;
            var result = new FlowState(like: a);
            var pairs = _pairs;
            var seen = _seen;
            pairs.Clear();
            seen.Clear();
            Dictionary<int, List<KeyValuePair<MemoKey, int>>>? byHolder = null;

            foreach (var pair in a.Env)
            {
                if (!b.Env.TryGetValue(pair.Key, out int vb))
                {
                    continue;
                }

                int va = pair.Value;
                int v = va == vb ? va
                    : a.FactsOf(va).IsNull ? vb
                    : b.FactsOf(vb).IsNull ? va
                    : ids.Phi(block, pair.Key);
                result.Env[pair.Key] = v;
                Enqueue(v, va, vb);
            }

            while (pairs.Count > 0)
            {
                var (v, va, vb) = pairs.Dequeue();
                var joined = ValueFacts.Join(a.FactsOf(va), b.FactsOf(vb));
                result.Facts[v] = result.Facts.TryGetValue(v, out var earlier) ? ValueFacts.Join(earlier, joined) : joined;

                foreach (var memo in MemberReadsOf(va))
                {
                    if (!b.Memo.TryGetValue(memo.Key.On(vb), out int mb))
                    {
                        continue;
                    }

                    int ma = memo.Value;
                    int m = ma == mb ? ma : ids.MemberPhi(block, v, memo.Key.Member);
                    result.Memo[memo.Key.On(v)] = m;
                    Enqueue(m, ma, mb);
                }
            }

            foreach (var l in a.Locks)
            {
                if (b.Locks.Contains(l))
                {
                    result.Locks.Add(l);
                }
            }

            result.Returned = Equals(a.Returned, b.Returned) ? a.Returned : null;

            return result;

            // The member reads of one value of `a`, grouped once per join rather than scanned per value.
            List<KeyValuePair<MemoKey, int>> MemberReadsOf(int holder)
            {
                if (byHolder == null)
                {
                    byHolder = new Dictionary<int, List<KeyValuePair<MemoKey, int>>>();
                    foreach (var memo in a.Memo)
                    {
                        if (!byHolder.TryGetValue(memo.Key.Holder, out var list))
                        {
                            byHolder[memo.Key.Holder] = list = new List<KeyValuePair<MemoKey, int>>();
                        }

                        list.Add(memo);
                    }
                }

                return byHolder.TryGetValue(holder, out var reads) ? reads : NoReads;
            }

            void Enqueue(int v, int va, int vb)
            {
                if (seen.Add((v, va, vb)))
                {
                    pairs.Enqueue((v, va, vb));
                }
            }
        }
    }
}
