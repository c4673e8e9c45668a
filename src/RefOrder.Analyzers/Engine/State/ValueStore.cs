using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine.Events;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>
    /// The value and alias model: which abstract value a place denotes in a state, how reading a member names a
    /// value (and derives its facts from the member's contract), and how writes rebind roots and member reads.
    /// Knows nothing of events or findings; the transfer drives it.
    /// </summary>
    internal sealed class ValueStore
    {
        private readonly ContractTable _contracts;
        private readonly ValueIds _ids;

        public ValueStore(ContractTable contracts, ValueIds ids)
        {
            _contracts = contracts;
            _ids = ids;
        }

        /// <summary>A scratch set for pruning states, reused for the whole body.</summary>
        public HashSet<int> Scratch { get; } = new HashSet<int>();

        /// <summary>The value a place denotes now, naming (and deriving facts for) values not seen before.</summary>
        public int Resolve(FlowState s, Place place)
        {
            if (!s.Env.TryGetValue(place.Root, out int value))
            {
                value = _ids.OfRoot(place.Root);
                s.Env[place.Root] = value;
                if (!s.Facts.ContainsKey(value))
                {
                    s.Facts[value] = RootFacts(place.Root);
                }
            }

            if (!place.Members.IsDefaultOrEmpty)
            {
                foreach (var member in place.Members)
                {
                    value = ReadMember(s, value, member);
                }
            }

            return value;
        }

        /// <summary>A name for a value in messages: a local or parameter that holds it, else a member read that yields it.</summary>
        public string? NameOf(FlowState s, int value)
        {
            string? best = null;
            foreach (var pair in s.Env)
            {
                if (pair.Value == value && pair.Key.Kind is RootKind.Local or RootKind.Parameter or RootKind.This or RootKind.Static)
                {
                    var name = Place.Of(pair.Key).Display;
                    if (best == null || string.CompareOrdinal(name, best) < 0)
                    {
                        best = name;
                    }
                }
            }

            if (best != null)
            {
                return best;
            }

            foreach (var pair in s.Memo)
            {
                if (pair.Value == value && pair.Key.Holder != value && NameOf(s, pair.Key.Holder) is { } holder)
                {
                    return holder + "." + Identifiers.AsWritten(pair.Key.Member);
                }
            }

            return null;
        }

        /// <summary>The value reached from <paramref name="value"/> through <paramref name="members"/> (a path off a value, such as the result).</summary>
        public int ResolveFrom(FlowState s, int value, System.Collections.Immutable.ImmutableArray<ISymbol> members)
        {
            foreach (var member in members)
            {
                value = ReadMember(s, value, member);
            }

            return value;
        }

        /// <summary>A value created by the event numbered <paramref name="eventId"/>; a re-run of the event forgets the old one.</summary>
        public int NewValue(FlowState s, int eventId, ValueFacts facts)
        {
            int value = _ids.OfEvent(eventId);
            Retire(s, value);
            s.Facts[value] = facts;
            return value;
        }

        /// <summary>Makes a place denote <paramref name="value"/>: a root is rebound; a member path updates the member read.</summary>
        public void Write(FlowState s, Place target, int value)
        {
            if (target.IsRootOnly)
            {
                s.Env[target.Root] = value;
                return;
            }

            SetMember(s, Resolve(s, target.Parent()), target.LastMember!, value);
        }

        /// <summary><c>holder.member := value</c>, for a caller that has resolved the holder already.</summary>
        public void WriteMember(FlowState s, int holder, ISymbol member, int value) => SetMember(s, holder, member, value);

        /// <summary>
        /// The lock <paramref name="lockName"/> was released, or a callee that requires it ran: whoever holds the lock
        /// may have rewritten the members it guards, so a later read of one (the next head of a drained list) is a new
        /// value, not the one read before.
        /// </summary>
        public void ForgetMembersUnder(FlowState s, string lockName)
        {
            List<MemoKey>? stale = null;
            foreach (var pair in s.Memo)
            {
                var key = pair.Key;
                if (_contracts.GetMember(key.Member).LiveUnderLock == lockName)
                {
                    (stale ??= new List<MemoKey>()).Add(key);
                }
            }

            if (stale != null)
            {
                foreach (var k in stale)
                {
                    s.Memo.Remove(k);
                }
            }
        }

        /// <summary>
        /// <paramref name="holder"/> became known live (a successful try-get, an acquire): the [HoldsRef] members
        /// already read from it now hold live values too.
        /// </summary>
        public void RefreshHeldMembers(FlowState s, int holder)
        {
            if (!s.IsKnownLive(holder))
            {
                return;
            }

            List<int>? live = null;
            foreach (var pair in s.Memo)
            {
                if (pair.Key.Holder == holder && _contracts.GetMember(pair.Key.Member).HoldsRef && !s.IsKnownLive(pair.Value))
                {
                    (live ??= new List<int>()).Add(pair.Value);
                }
            }

            if (live != null)
            {
                foreach (var v in live)
                {
                    s.Facts[v] = s.FactsOf(v).WithUntilRelease(true);
                }
            }
        }

        /// <summary>
        /// Whether the method still holds a <paramref name="counter"/> reference on <paramref name="value"/> through
        /// another object: a known-live holder whose [HoldsRef] member on that counter is this value (a child that
        /// holds its parent).
        /// </summary>
        public bool HeldThroughHolder(FlowState s, int value, string counter)
        {
            foreach (var pair in s.Memo)
            {
                if (pair.Value == value && pair.Key.Holder != value && _contracts.GetMember(pair.Key.Member).HoldsRefCounter == counter && s.IsKnownLive(pair.Key.Holder))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The facts of a member's value, as its contract derives them from the holder's liveness.</summary>
        public ValueFacts MemberFacts(ISymbol member, bool holderLive)
        {
            var contract = _contracts.GetMember(member);
            if (contract.IsEmpty)
            {
                return ValueFacts.Empty;
            }

            var facts = ValueFacts.Empty;
            if (contract.HoldsRef && holderLive)
            {
                facts = facts.WithUntilRelease(true).WithElementsLive(CollectionTypes.IsCollection(PathResolver.MemberType(member)));
            }

            if (contract.LiveUnderLock != null)
            {
                facts = facts.WithUnderLock(contract.LiveUnderLock);
            }

            return facts;
        }

        private ValueFacts RootFacts(Root root)
        {
            switch (root.Kind)
            {
                case RootKind.This:
                    return ValueFacts.Live(stable: true);
                case RootKind.Static:
                    // A static holder is always live, so a static [HoldsRef] member's value is too.
                    return MemberFacts(root.Symbol!, holderLive: true);
                default:
                    return ValueFacts.Empty;
            }
        }

        private int ReadMember(FlowState s, int holder, ISymbol member)
        {
            var key = _ids.Read(holder, member);
            if (s.Memo.TryGetValue(key, out int value))
            {
                return value;
            }

            value = _ids.Derived(holder, member);
            Retire(s, value); // an earlier read, forgotten by a may-alias store, is a different value
            s.Memo[key] = value;
            s.Facts[value] = MemberFacts(member, s.IsKnownLive(holder));
            return value;
        }

        /// <summary>
        /// Frees the name <paramref name="value"/> for a new value (an event re-run in a loop, a member re-read after
        /// a may-alias store): whatever still refers to the old value now refers to its stale name, facts joined.
        /// </summary>
        private void Retire(FlowState s, int value)
        {
            if (!s.Facts.TryGetValue(value, out var old))
            {
                return;
            }

            int stale = _ids.Stale(value);
            s.Facts.Remove(value);
            s.Facts[stale] = s.Facts.TryGetValue(stale, out var earlier) ? ValueFacts.Join(earlier, old) : old;

            List<Root>? roots = null;
            foreach (var pair in s.Env)
            {
                if (pair.Value == value)
                {
                    (roots ??= new List<Root>()).Add(pair.Key);
                }
            }

            if (roots != null)
            {
                foreach (var r in roots)
                {
                    s.Env[r] = stale;
                }
            }

            List<KeyValuePair<MemoKey, int>>? memos = null;
            foreach (var pair in s.Memo)
            {
                if (pair.Value == value || pair.Key.Holder == value)
                {
                    (memos ??= new List<KeyValuePair<MemoKey, int>>()).Add(pair);
                }
            }

            if (memos != null)
            {
                foreach (var pair in memos)
                {
                    s.Memo.Remove(pair.Key);
                }

                foreach (var pair in memos)
                {
                    var key = pair.Key.Holder == value ? pair.Key.On(stale) : pair.Key;
                    s.Memo[key] = pair.Value == value ? stale : pair.Value;
                }
            }
        }

        /// <summary>
        /// <c>holder.member := value</c>. Any other holder may be the same object, so its read of this member is
        /// forgotten.
        /// </summary>
        private void SetMember(FlowState s, int holder, ISymbol member, int value)
        {
            var written = _ids.Read(holder, member);
            List<MemoKey>? aliased = null;
            foreach (var pair in s.Memo)
            {
                var key = pair.Key;
                if (key.Holder != holder && key.MemberId == written.MemberId)
                {
                    (aliased ??= new List<MemoKey>()).Add(key);
                }
            }

            if (aliased != null)
            {
                foreach (var k in aliased)
                {
                    s.Memo.Remove(k);
                }
            }

            s.Memo[written] = value;
        }
    }
}
