using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine.Events;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Engine.State;

namespace RefOrder.Analyzers.Engine.Transfer
{
    /// <summary>
    /// The transfer function: one method per event kind (the compiler checks that none is missing), each
    /// updating the facts of the state through the value store and recording what went wrong in the block's
    /// findings.
    /// </summary>
    internal sealed class EventTransfer : IEventVisitor<FlowState>
    {
        private readonly ContractTable _contracts;
        private readonly ValueStore _values;
        private readonly BlockFindings _findings;
        private readonly bool _inConstructor;

        public EventTransfer(ContractTable contracts, ValueStore values, BlockFindings findings, ISymbol? owner)
        {
            _contracts = contracts;
            _values = values;
            _findings = findings;
            _inConstructor = owner is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor };
        }

        public void Apply(FlowState s, FlowEvent e) => e.Accept(this, s);

        public void Visit(AssignEvent e, FlowState s) => _values.Write(s, e.Target, _values.Resolve(s, e.Source));

        public void Visit(FreshEvent e, FlowState s)
        {
            var facts = e.Kind switch
            {
                FreshKind.Null => ValueFacts.Null,
                FreshKind.New => ValueFacts.New,
                _ => ValueFacts.Empty,
            };
            _values.Write(s, e.Target, _values.NewValue(s, e.Id, facts));
        }

        public void Visit(StoreEvent e, FlowState s)
        {
            int value = e.Source != null ? _values.Resolve(s, e.Source) : _values.NewValue(s, e.Id, ValueFacts.Empty);
            if (e.Target.LastMember is { } member)
            {
                int holder = _values.Resolve(s, e.Target.Parent());
                var contract = _contracts.GetMember(member);
                if (contract.LiveUnderLock is { } lockName && !s.Locks.Contains(lockName) && !IsUnshared(s, holder, e.Target))
                {
                    _findings.Add(new LockFinding(e.Site, lockName, null, member));
                }

                if (contract.HoldsRefCounter is { } counter)
                {
                    HandOverTo(s, value, counter, e.Site, e.Source?.Display, member);
                }

                _findings.Add(new MemberStore(member, e.Site, s.IsKnownLive(value)));
                _values.WriteMember(s, holder, member, value); // the holder is resolved once per store
                return;
            }

            _values.Write(s, e.Target, value);
        }

        public void Visit(HandOverEvent e, FlowState s)
        {
            int value = _values.Resolve(s, e.Target);
            if (e.Counter != HandOverEvent.AnyCounter)
            {
                HandOverTo(s, value, e.Counter, e.Site, null, null);
                return;
            }

            foreach (var count in s.FactsOf(value).Held)
            {
                HandOverTo(s, value, count.Counter, e.Site, null, null);
            }
        }

        public void Visit(ReturnEvent e, FlowState s) =>
            s.Returned = new ReturnedValue(e.Value == null ? 0 : _values.Resolve(s, e.Value), e.Site);

        /// <summary>
        /// The method's reference on <paramref name="value"/> moves into a holder that keeps it; the value stays live.
        /// For a [HoldsRef] member (<paramref name="member"/>), a value the method holds no reference on (nor created,
        /// nor null) is a store that carries none.
        /// </summary>
        private void HandOverTo(FlowState s, int value, string counter, IOperation site, string? valueName, ISymbol? member)
        {
            var facts = s.FactsOf(value);
            var held = HeldCounts.Get(facts.Held, counter);
            if (held.Lo >= 1)
            {
                Set(s, value, facts.WithHeld(held.Decrement()).WithUntilRelease(true));
            }
            else if (member != null && !facts.IsNull && !facts.CreatedHere)
            {
                _findings.Add(new UnbackedStoreFinding(site, valueName ?? "the value", member, counter));
            }
        }

        /// <summary>An object no other thread can see yet: created here, or <c>this</c> in its constructor.</summary>
        private bool IsUnshared(FlowState s, int holder, Place target) =>
            s.FactsOf(holder).CreatedHere || (_inConstructor && target.Root.Kind == RootKind.This && target.Members.Length == 1);

        public void Visit(UseEvent e, FlowState s) => CheckAccess(s, _values.Resolve(s, e.Target), e.Site, e.Target, AccessKind.Use);

        public void Visit(AcquireEvent e, FlowState s)
        {
            int value = _values.Resolve(s, e.Target);
            if (!e.IsReturnTarget && !CheckAccess(s, value, e.Site, e.Target, AccessKind.Use) && !s.IsKnownLive(value))
            {
                _findings.Add(new AcquireFinding(e.Site, e.Target.Display, e.Counter, e.Target.LastMember));
            }

            var facts = s.FactsOf(value);
            Set(s, value, facts.WithHeld(HeldCounts.Get(facts.Held, e.Counter).Increment()).WithReleasedAt(null).WithAcquiredAt(e.Site));
            _values.RefreshHeldMembers(s, value);
        }

        public void Visit(TryAcquireEvent e, FlowState s)
        {
            int value = _values.Resolve(s, e.Target);
            if (!ReferenceEquals(e.Target, e.Token))
            {
                CheckAccess(s, value, e.Site, e.Target, AccessKind.Use);
            }

            int token = _values.Resolve(s, e.Token);
            var pending = s.FactsOf(token).Pending.Add(new PendingAcquire(value, e.Counter, e.SuccessIsNonNull, e.Site));
            Set(s, token, s.FactsOf(token).WithPending(pending));
        }

        public void Visit(ReleaseEvent e, FlowState s)
        {
            int value = _values.Resolve(s, e.Target);
            CheckAccess(s, value, e.Site, e.Target, AccessKind.Release);

            // A release drops the method's own reference when it provably holds one; otherwise it drops the one
            // it was living on (vouched for by the caller, created by `new`, held by a [HoldsRef] holder). A
            // balanced get/put on a value read from a holder thus leaves it as live as before.
            var facts = s.FactsOf(value);
            var before = HeldCounts.Get(facts.Held, e.Counter);
            var held = before.Decrement();
            Set(s, value, before.Lo >= 1 ? facts.WithHeld(held) : facts.WithHeld(held).WithUntilRelease(false));

            // The method dropped a reference of its own, but one more is held through a live object (a child's
            // [HoldsRef] parent): the value stays usable and what it guards is not torn down. (Without a reference of
            // its own, the release dropped the holder's, and nothing is left.)
            if (before.Lo >= 1 && held.Lo == 0 && _values.HeldThroughHolder(s, value, e.Counter))
            {
                Set(s, value, s.FactsOf(value).WithUntilRelease(true));
                return;
            }

            if (!s.IsKnownLive(value))
            {
                Set(s, value, s.FactsOf(value).WithReleasedAt(e.Site));
            }

            if (held.Lo == 0)
            {
                MarkGuardedObjects(s, value, e.Site, e.Counter);
            }
        }

        public void Visit(RequireLiveEvent e, FlowState s)
        {
            int value = _values.Resolve(s, e.Target);
            if (!CheckAccess(s, value, e.Site, e.Target, AccessKind.Use) && !s.IsKnownLive(value))
            {
                _findings.Add(new LivenessFinding(e.Site, e.Target.Display, e.Parameter, e.Callee, e.Target.LastMember));
            }
        }

        public void Visit(LockEvent e, FlowState s) => s.Locks.Add(e.Lock);

        public void Visit(UnlockEvent e, FlowState s)
        {
            s.Locks.Remove(e.Lock);
            _values.ForgetMembersUnder(s, e.Lock);
        }

        public void Visit(RequireLockEvent e, FlowState s)
        {
            if (!s.Locks.Contains(e.Lock))
            {
                _findings.Add(new LockFinding(e.Site, e.Lock, e.Callee));
            }

            _values.ForgetMembersUnder(s, e.Lock); // the callee works on what the lock guards
        }

        public void Visit(AssumeEvent e, FlowState s)
        {
            int assumed = _values.Resolve(s, e.Target);
            Set(s, assumed, s.FactsOf(assumed).WithStable());
        }

        public void Visit(AliasEvent e, FlowState s) => _values.Write(s, e.Target, _values.Resolve(s, e.Source));

        public void Visit(ExchangeEvent e, FlowState s)
        {
            int old = _values.Resolve(s, e.Location);
            int replacement = e.NewValue != null ? _values.Resolve(s, e.NewValue) : _values.NewValue(s, e.Id, ValueFacts.Empty);
            _values.Write(s, e.Result, old);
            _values.Write(s, e.Location, replacement);
        }

        public void Visit(ElementOfEvent e, FlowState s)
        {
            var collection = s.FactsOf(_values.Resolve(s, e.Collection));
            var facts = collection.ElementsLive ? ValueFacts.Live(stable: false) : ValueFacts.Empty;
            _values.Write(s, e.Target, _values.NewValue(s, e.Id, facts));
        }

        public void Visit(CollectionViewEvent e, FlowState s)
        {
            int source = _values.Resolve(s, e.Collection);
            var view = ValueFacts.Live(stable: false).WithElementsLive(s.FactsOf(source).ElementsLive && s.IsKnownLive(source));
            _values.Write(s, e.Target, _values.NewValue(s, e.Id, view));
        }

        public void Visit(ProbeEvent e, FlowState s)
        {
            var values = ImmutableArray.CreateBuilder<ProbedValue>(e.Places.Length);
            foreach (var place in e.Places)
            {
                int v = _values.Resolve(s, place);
                values.Add(new ProbedValue(place.Display, v, s.IsKnownLive(v), s.FactsOf(v)));
            }

            _findings.Add(new ProbeSnapshot(e.Label, values.MoveToImmutable(), s.Locks.ToImmutableHashSet()));
        }

        public void Visit(CallEvent e, FlowState s)
        {
            // No reference effect: the call matters only as a point where an exception may leave the block.
        }

        /// <summary>
        /// On the edge where a tested token succeeded, its pending acquires take effect. On the edge where a value
        /// tested for null is null, there is no object: nothing is held on it there and nothing can be used.
        /// </summary>
        public void ApplyCondition(FlowState s, BranchCondition condition, bool holds)
        {
            int token = _values.Resolve(s, condition.Place);
            var pending = s.FactsOf(token).Pending;
            if (condition.Kind == ConditionKind.NonNull && !holds)
            {
                SetNull(s, token);
                return;
            }

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
                    Set(s, p.Target, target.WithHeld(HeldCounts.Get(target.Held, p.Counter).Increment()).WithReleasedAt(null).WithAcquiredAt(p.Site));
                    _values.RefreshHeldMembers(s, p.Target);
                }
            }
        }

        /// <summary>
        /// Records a touch of a value whose guard is gone (put order) or that was released and is not known live
        /// (use after put). Returns whether anything was wrong.
        /// </summary>
        private bool CheckAccess(FlowState s, int value, IOperation site, Place target, AccessKind kind)
        {
            var f = s.FactsOf(value);
            if (f.GuardGoneAt != null)
            {
                _findings.Add(new GuardOrderFinding(site, kind, target.Display, f.GuardGoneAt, f.GuardCounter!));

                // One finding per misordered put: later touches on this path are the same bug.
                Set(s, value, f.WithoutGuardGone());
                return true;
            }

            if (f.ReleasedAt != null && !s.IsKnownLive(value))
            {
                _findings.Add(new UseAfterReleaseFinding(site, kind, target.Display, f.ReleasedAt));
                return true;
            }

            return false;
        }

        /// <summary>
        /// The method no longer provably holds a reference on <paramref name="guard"/> of the released counter: every
        /// object it guards (by [GuardedBy] on the member that leads to it) may now be torn down under the method.
        /// </summary>
        private void MarkGuardedObjects(FlowState s, int guard, IOperation release, string counter)
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
                    if (g.Counter == counter && SymbolEqualityComparer.Default.Equals(g.Member.OriginalDefinition, member.OriginalDefinition))
                    {
                        (guarded ??= new List<int>()).Add(memo.Key.Holder);
                    }
                }
            }

            if (guarded != null)
            {
                foreach (var o in guarded)
                {
                    Set(s, o, s.FactsOf(o).WithGuardGone(release, counter));
                }
            }
        }

        /// <summary>A value known to be null, and what was read through it: no object, nothing held or usable.</summary>
        private static void SetNull(FlowState s, int value)
        {
            var pending = new Stack<int>();
            pending.Push(value);
            var seen = new HashSet<int>();
            while (pending.Count > 0)
            {
                int v = pending.Pop();
                if (!seen.Add(v))
                {
                    continue;
                }

                Set(s, v, ValueFacts.Null);
                foreach (var memo in s.Memo)
                {
                    // A member value known by another name (a root, another holder) may be a live object of its own.
                    if (memo.Key.Holder == v && !HasOtherName(s, memo.Value, v))
                    {
                        pending.Push(memo.Value);
                    }
                }
            }
        }

        private static bool HasOtherName(FlowState s, int value, int holder)
        {
            foreach (var root in s.Env.Values)
            {
                if (root == value)
                {
                    return true;
                }
            }

            foreach (var memo in s.Memo)
            {
                if (memo.Value == value && memo.Key.Holder != holder)
                {
                    return true;
                }
            }

            return false;
        }

        private static void Set(FlowState s, int value, ValueFacts facts) => s.Facts[value] = facts;
    }
}
