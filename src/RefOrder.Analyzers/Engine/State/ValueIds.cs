using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Engine.Events;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>
    /// Names abstract values deterministically, so that re-running a block yields the same value names and the
    /// worklist reaches a fixed point: one name per root, per (value, member) read, per creating event, and per
    /// join point where two names meet.
    /// </summary>
    internal sealed class ValueIds
    {
        private readonly Dictionary<Root, int> _roots = new Dictionary<Root, int>();
        private readonly Dictionary<(int, ISymbol), int> _derived = new Dictionary<(int, ISymbol), int>(new PairComparer());
        private readonly Dictionary<int, int> _sites = new Dictionary<int, int>();
        private readonly Dictionary<(int, Root), int> _phis = new Dictionary<(int, Root), int>();
        private readonly Dictionary<int, int> _stale = new Dictionary<int, int>();
        private readonly Dictionary<(int, int, ISymbol), int> _memberPhis = new Dictionary<(int, int, ISymbol), int>(new TripleComparer());
        private readonly Dictionary<ISymbol, int> _members = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        private int _next = 1;

        public int Count => _next - 1;

        public int OfRoot(Root root) => Intern(_roots, root);

        public int Derived(int parent, ISymbol member) => Intern(_derived, (parent, member));

        public int OfEvent(int eventId) => Intern(_sites, eventId);

        public int Phi(int block, Root root) => Intern(_phis, (block, root));

        /// <summary>The name an old value keeps once its own name is needed for a new one (re-read, re-created).</summary>
        public int Stale(int value) => Intern(_stale, value);

        /// <summary>A small number for a member symbol, the same for every read of it in the body (a separate numbering from values).</summary>
        public int OfMember(ISymbol member)
        {
            if (!_members.TryGetValue(member, out int id))
            {
                id = _members.Count + 1;
                _members.Add(member, id);
            }

            return id;
        }

        /// <summary>The key of reading <paramref name="member"/> on <paramref name="holder"/>.</summary>
        public MemoKey Read(int holder, ISymbol member) => new MemoKey(holder, OfMember(member), member);

        public int MemberPhi(int block, int parent, ISymbol member) => Intern(_memberPhis, (block, parent, member));

        private int Intern<TKey>(Dictionary<TKey, int> table, TKey key)
            where TKey : notnull
        {
            if (!table.TryGetValue(key, out int id))
            {
                id = _next++;
                table.Add(key, id);
            }

            return id;
        }

        private sealed class PairComparer : IEqualityComparer<(int, ISymbol)>
        {
            public bool Equals((int, ISymbol) x, (int, ISymbol) y) => x.Item1 == y.Item1 && SymbolEqualityComparer.Default.Equals(x.Item2, y.Item2);

            public int GetHashCode((int, ISymbol) obj) => obj.Item1 * 397 ^ SymbolEqualityComparer.Default.GetHashCode(obj.Item2);
        }

        private sealed class TripleComparer : IEqualityComparer<(int, int, ISymbol)>
        {
            public bool Equals((int, int, ISymbol) x, (int, int, ISymbol) y) =>
                x.Item1 == y.Item1 && x.Item2 == y.Item2 && SymbolEqualityComparer.Default.Equals(x.Item3, y.Item3);

            public int GetHashCode((int, int, ISymbol) obj) => (obj.Item1 * 397 ^ obj.Item2) * 397 ^ SymbolEqualityComparer.Default.GetHashCode(obj.Item3);
        }
    }
}
