using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine.State;

namespace RefOrder.Analyzers.Engine
{
    /// <summary>
    /// One transfer function per event kind. Resolves places to values in the state, updates the facts, and
    /// (in the reporting pass only) tells the sink what went wrong.
    /// </summary>
    internal sealed class EventTransfer
    {
        private readonly ContractTable _contracts;
        private readonly ValueIds _ids;

        public EventTransfer(ContractTable contracts, ValueIds ids)
        {
            _contracts = contracts;
            _ids = ids;
        }

        /// <summary>Where findings go (null: nowhere).</summary>
        public IFindingSink? Sink { get; set; }

        /// <summary>A scratch set for pruning states, reused for the whole body.</summary>
        public HashSet<int> Scratch { get; } = new HashSet<int>();

        public void Apply(FlowState s, FlowEvent e)
        {
            switch (e.Kind)
            {
                case EventKind.Assign:
                    Write(s, e.Target!, Resolve(s, e.Source!), e);
                    break;
                case EventKind.Fresh:
                    var facts = e.IsNullLiteral ? ValueFacts.Null : e.IsNew ? ValueFacts.Live(stable: false) : ValueFacts.Empty;
                    Write(s, e.Target!, NewValue(s, e.Id, facts), e);
                    break;
                case EventKind.Store:
                    Store(s, e);
                    break;
                case EventKind.Use:
                    CheckAccess(s, Resolve(s, e.Target!), e, AccessKind.Use);
                    break;
                case EventKind.Acquire:
                    Acquire(s, e);
                    break;
                case EventKind.TryAcquire:
                    TryAcquire(s, e);
                    break;
                case EventKind.Release:
                    Release(s, e);
                    break;
                case EventKind.RequireLive:
                    RequireLive(s, e);
                    break;
                case EventKind.Lock:
                    s.Locks.Add(e.Lock!);
                    break;
                case EventKind.Unlock:
                    s.Locks.Remove(e.Lock!);
                    break;
                case EventKind.RequireLock:
                    if (!s.Locks.Contains(e.Lock!))
                    {
                        Sink?.LockNotHeld(new LockFinding(e.Site, e.Lock!, e.Callee!));
                    }

                    break;
                case EventKind.Assume:
                    int assumed = Resolve(s, e.Target!);
                    Set(s, assumed, s.FactsOf(assumed).WithStable());
                    break;
                case EventKind.Alias:
                    Write(s, e.Target!, Resolve(s, e.Source!), e);
                    break;
                case EventKind.Exchange:
                    int old = Resolve(s, e.Source!);
                    int replacement = e.Extra != null ? Resolve(s, e.Extra) : NewValue(s, e.Id, ValueFacts.Empty);
                    Write(s, e.Target!, old, e);
                    Write(s, e.Source!, replacement, e);
                    break;
                case EventKind.ElementOf:
                    var collection = s.FactsOf(Resolve(s, e.Source!));
                    Write(s, e.Target!, NewValue(s, e.Id, collection.ElementsLive ? ValueFacts.Live(stable: false) : ValueFacts.Empty), e);
                    break;
                case EventKind.CollectionView:
                    int source = Resolve(s, e.Source!);
                    var view = ValueFacts.Live(stable: false).WithElementsLive(s.FactsOf(source).ElementsLive && s.IsKnownLive(source));
                    Write(s, e.Target!, NewValue(s, e.Id, view), e);
                    break;
                case EventKind.Probe:
                    Probe(s, e);
                    break;
            }
        }

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
            var key = new MemoKey(holder, member);
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

        private ValueFacts MemberFacts(ISymbol member, bool holderLive)
        {
            var contract = _contracts.GetMember(member);
            if (contract.IsEmpty)
            {
                return ValueFacts.Empty;
            }

            var facts = ValueFacts.Empty;
            if (contract.HoldsRef && holderLive)
            {
                facts = facts.WithUntilRelease(true).WithElementsLive(IsCollection(PathResolver.MemberType(member)));
            }

            if (contract.LiveUnderLock != null)
            {
                facts = facts.WithUnderLock(contract.LiveUnderLock);
            }

            return facts;
        }

        public static bool IsCollection(ITypeSymbol? type)
        {
            if (type == null || type.SpecialType == SpecialType.System_String)
            {
                return false;
            }

            if (type is IArrayTypeSymbol)
            {
                return true;
            }

            foreach (var i in type.AllInterfaces)
            {
                if (i.SpecialType == SpecialType.System_Collections_IEnumerable)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A value created by the event <paramref name="eventId"/>; a re-run of the event forgets the old one.</summary>
        private int NewValue(FlowState s, int eventId, ValueFacts facts)
        {
            int value = _ids.OfEvent(eventId);
            Retire(s, value);
            s.Facts[value] = facts;
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
                    var key = pair.Key.Holder == value ? new MemoKey(stale, pair.Key.Member) : pair.Key;
                    s.Memo[key] = pair.Value == value ? stale : pair.Value;
                }
            }
        }

        /// <summary>Makes a place denote <paramref name="value"/>: a root is rebound; a member path updates the memo.</summary>
        private void Write(FlowState s, Place target, int value, FlowEvent e)
        {
            if (target.IsRootOnly)
            {
                s.Env[target.Root] = value;
                return;
            }

            int holder = Resolve(s, target.Parent());
            SetMember(s, holder, target.LastMember!, value);
        }

        private void Store(FlowState s, FlowEvent e)
        {
            var target = e.Target!;
            int value = e.Source != null ? Resolve(s, e.Source) : NewValue(s, e.Id, ValueFacts.Empty);
            if (target.IsRootOnly)
            {
                s.Env[target.Root] = value;
                return;
            }

            int holder = Resolve(s, target.Parent());
            var member = target.LastMember!;
            SetMember(s, holder, member, value);
            Sink?.MemberStored(new MemberStore(member, e.Site, s.IsKnownLive(value)));
        }

        /// <summary>
        /// <c>holder.member := value</c>. Any other holder may be the same object, so its memo of this member is
        /// forgotten.
        /// </summary>
        private static void SetMember(FlowState s, int holder, ISymbol member, int value)
        {
            List<MemoKey>? aliased = null;
            foreach (var key in s.Memo.Keys)
            {
                if (key.Holder != holder && SymbolEqualityComparer.Default.Equals(key.Member, member))
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

            s.Memo[new MemoKey(holder, member)] = value;
        }

        /// <summary>
        /// Reports a touch of a value whose guard is gone (put order) or that was released and is not known live
        /// (use after put). Returns whether anything was wrong.
        /// </summary>
        private bool CheckAccess(FlowState s, int value, FlowEvent e, AccessKind kind)
        {
            var f = s.FactsOf(value);
            if (f.GuardGoneAt != null)
            {
                Sink?.GuardReleasedBeforeObject(new GuardOrderFinding(e.Site, kind, e.Target!.Display, f.GuardGoneAt, f.GuardCounter!));

                // One finding per misordered put: later touches on this path are the same bug.
                Set(s, value, s.FactsOf(value).WithoutGuardGone());
                return true;
            }

            if (f.ReleasedAt != null && !s.IsKnownLive(value))
            {
                Sink?.UseAfterRelease(new UseAfterReleaseFinding(e.Site, e.Target!.Display, f.ReleasedAt));
                return true;
            }

            return false;
        }

        private void Acquire(FlowState s, FlowEvent e)
        {
            int value = Resolve(s, e.Target!);
            if (!e.IsReturnTarget && !CheckAccess(s, value, e, AccessKind.Use) && !s.IsKnownLive(value))
            {
                Sink?.AcquireNotLive(new AcquireFinding(e.Site, e.Target!.Display, e.Counter!, e.Target.LastMember));
            }

            var facts = s.FactsOf(value);
            Set(s, value, facts.WithHeld(HeldCounts.Get(facts.Held, e.Counter!).Increment()).WithReleasedAt(null));
        }

        private void TryAcquire(FlowState s, FlowEvent e)
        {
            int value = Resolve(s, e.Target!);
            if (!ReferenceEquals(e.Target, e.Source))
            {
                CheckAccess(s, value, e, AccessKind.Use);
            }

            int token = Resolve(s, e.Source!);
            var pending = s.FactsOf(token).Pending.Add(new PendingAcquire(value, e.Counter!, e.SuccessIsNonNull));
            Set(s, token, s.FactsOf(token).WithPending(pending));
        }

        /// <summary>On the edge where a tested token succeeded, its pending acquires take effect.</summary>
        public void ApplyCondition(FlowState s, BranchCondition condition, bool holds)
        {
            int token = Resolve(s, condition.Place);
            var pending = s.FactsOf(token).Pending;
            if (pending.IsEmpty)
            {
                return;
            }

            Set(s, token, s.FactsOf(token).WithPending(ImmutableArray<PendingAcquire>.Empty));
            if (!holds)
            {
                return;
            }

            foreach (var p in pending)
            {
                if (p.SuccessIsNonNull == (condition.Kind == ConditionKind.NonNull))
                {
                    var target = s.FactsOf(p.Target);
                    Set(s, p.Target, target.WithHeld(HeldCounts.Get(target.Held, p.Counter).Increment()).WithReleasedAt(null));
                }
            }
        }

        private void Release(FlowState s, FlowEvent e)
        {
            int value = Resolve(s, e.Target!);
            CheckAccess(s, value, e, AccessKind.Release);

            // A release drops the method's own reference when it provably holds one; otherwise it drops the one
            // it was living on (vouched for by the caller, created by `new`, held by a [HoldsRef] holder). A
            // balanced get/put on a value read from a holder thus leaves it as live as before.
            var facts = s.FactsOf(value);
            var before = HeldCounts.Get(facts.Held, e.Counter!);
            var held = before.Decrement();
            Set(s, value, before.Lo >= 1 ? facts.WithHeld(held) : facts.WithHeld(held).WithUntilRelease(false));
            if (!s.IsKnownLive(value))
            {
                Set(s, value, s.FactsOf(value).WithReleasedAt(e.Site));
            }

            if (held.Lo == 0)
            {
                MarkGuardedObjects(s, value, e);
            }
        }

        /// <summary>
        /// The method no longer provably holds a reference on <paramref name="guard"/> of the released counter: every
        /// object it guards (by [GuardedBy] on the member that leads to it) may now be torn down under the method.
        /// </summary>
        private void MarkGuardedObjects(FlowState s, int guard, FlowEvent e)
        {
            List<int>? guarded = null;
            foreach (var memo in s.Memo)
            {
                if (memo.Value != guard)
                {
                    continue;
                }

                var member = memo.Key.Member;
                foreach (var g in _contracts.GetType(member.ContainingType).Guards)
                {
                    if (g.Counter == e.Counter && SymbolEqualityComparer.Default.Equals(g.Member.OriginalDefinition, member.OriginalDefinition))
                    {
                        (guarded ??= new List<int>()).Add(memo.Key.Holder);
                    }
                }
            }

            if (guarded != null)
            {
                foreach (var o in guarded)
                {
                    Set(s, o, s.FactsOf(o).WithGuardGone(e.Site, e.Counter!));
                }
            }
        }

        private void RequireLive(FlowState s, FlowEvent e)
        {
            int value = Resolve(s, e.Target!);
            if (!CheckAccess(s, value, e, AccessKind.Use) && !s.IsKnownLive(value))
            {
                Sink?.ArgumentNotLive(new LivenessFinding(e.Site, e.Target!.Display, e.Detail!, e.Callee!, e.Target.LastMember));
            }
        }

        private void Probe(FlowState s, FlowEvent e)
        {
            if (Sink == null)
            {
                return;
            }

            var values = ImmutableArray.CreateBuilder<ProbedValue>(e.ProbePlaces.Length);
            foreach (var place in e.ProbePlaces)
            {
                int v = Resolve(s, place);
                values.Add(new ProbedValue(place.Display, v, s.IsKnownLive(v), s.FactsOf(v)));
            }

            Sink.Probe(new ProbeSnapshot(e.Detail ?? "", values.ToImmutable(), s.Locks.ToImmutableHashSet()));
        }

        private static void Set(FlowState s, int value, ValueFacts facts) => s.Facts[value] = facts;
    }
}
