using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Engine.State;

namespace RefOrder.Analyzers.Engine.Transfer
{
    /// <summary>
    /// Checks a body against its own contract where a normal path leaves it (a <c>return</c>, or the end of the body,
    /// after any finally on the way): what it promised to release is released, what it promised to acquire is held,
    /// the locks are as its lock contract says, and every other reference it took is released or handed on (leaks).
    /// Exceptional exits are not checked: a callee that throws, or a <c>throw</c>, leaves by no exit path here.
    /// </summary>
    internal sealed class ExitCheck
    {
        private readonly IMethodSymbol? _method;
        private readonly MethodContract _contract;
        private readonly ValueStore _values;
        private readonly BlockFindings _findings;
        private readonly IOperation _body;

        private readonly ManagedCounts _managed;

        /// <summary>The <c>return;</c> the path being checked leaves by, when known (set per check).</summary>
        private SyntaxNode? _leavesBy;

        /// <param name="managed">
        /// The counters and locks the body itself acquires, releases, takes or drops through contracts. A promise on
        /// anything else is kept by a primitive (a get or put that touches the count directly) and is trusted.
        /// </param>
        private readonly IReadOnlyDictionary<RefEffect, int> _entryTargets;

        /// <param name="entryTargets">The value each contract target named at entry: a parameter reassigned on the way
        /// (<c>nf = Interlocked.Exchange(ref pnf, null)</c>) still leads to the object the caller handed over.</param>
        public ExitCheck(ISymbol? owner, IOperation body, ContractTable contracts, ValueStore values, BlockFindings findings, ManagedCounts managed, IReadOnlyDictionary<RefEffect, int> entryTargets)
        {
            _entryTargets = entryTargets;
            _managed = managed;
            _method = owner as IMethodSymbol;
            _contract = _method == null ? MethodContract.Empty : contracts.GetMethod(_method);
            _body = body;
            _values = values;
            _findings = findings;
        }

        /// <summary>
        /// Checks the state <paramref name="s"/> of a path leaving the body; <paramref name="entryLocks"/> are the locks it
        /// was entered with; <paramref name="leavesBy"/> is the <c>return;</c> the path takes, when the lowering knows it.
        /// </summary>
        public void Check(FlowState s, IReadOnlyCollection<string> entryLocks, SyntaxNode? leavesBy = null)
        {
            if (_method == null)
            {
                return;
            }

            var returned = s.Returned;
            _leavesBy = returned == null ? leavesBy : null;
            var covered = new Dictionary<(int, string), int>(); // references the contract accounts for, per value and counter
            foreach (var effect in _contract.Releases)
            {
                if (Resolve(s, effect, returned) is { } value)
                {
                    var held = HeldCounts.Get(s.FactsOf(value).Held, effect.Counter);
                    if (held.Lo >= 1 && _managed.Manages(effect.Target.Type, effect.Counter))
                    {
                        Report(returned, ContractBreach.StillHeld, effect.Target.Text, effect.Counter, effect.Attribute);
                    }

                    covered[(value, effect.Counter)] = int.MaxValue; // a held one is RO0007's, not a leak too
                }
            }

            foreach (var effect in _contract.Acquires)
            {
                CheckTaken(s, effect, returned, covered, ContractBreach.NotAcquired);
            }

            CheckTryAcquires(s, returned, covered);
            CheckLocks(s, entryLocks, returned);
            CheckLeaks(s, returned, covered);
        }

        private void CheckTryAcquires(FlowState s, ReturnedValue? returned, Dictionary<(int, string), int> covered)
        {
            if (_contract.TryAcquires.IsEmpty || returned == null)
            {
                return;
            }

            // Success is what the return says: a constant true or false, a null or non-null object. A bool computed
            // at run time says nothing the analysis can check, and a try-acquire result handed back as it is keeps
            // the callee's promise.
            var constant = returned.Site.ConstantValue;
            var facts = s.FactsOf(returned.Value);
            bool? success = constant.HasValue ? constant.Value switch { bool b => b, null => false, _ => (bool?)null }
                : _method!.ReturnType.SpecialType == SpecialType.System_Boolean || returned.Value == 0 ? null
                : facts.IsNull ? false
                : true;
            if (!facts.Pending.IsEmpty)
            {
                success = null;
            }

            foreach (var effect in _contract.TryAcquires)
            {
                if (success == true)
                {
                    CheckTaken(s, effect, returned, covered, ContractBreach.NotAcquired);
                }
                else if (Resolve(s, effect, returned) is { } value)
                {
                    if (success == false && HeldCounts.Get(s.FactsOf(value).Held, effect.Counter).Lo >= 1 && _managed.Manages(effect.Target.Type, effect.Counter))
                    {
                        Report(returned, ContractBreach.HeldOnFailure, effect.Target.Text, effect.Counter, effect.Attribute);
                    }

                    covered[(value, effect.Counter)] = int.MaxValue; // unknown outcome: whatever is held may be the promised one
                }
            }
        }

        /// <summary>The caller must hold one more reference on the target: held here, or (for the result) created here.</summary>
        private void CheckTaken(FlowState s, RefEffect effect, ReturnedValue? returned, Dictionary<(int, string), int> covered, ContractBreach breach)
        {
            if (Resolve(s, effect, returned) is not { } v)
            {
                return; // a constant, or a target the path no longer names: nothing to say
            }

            var facts = s.FactsOf(v);
            if (facts.IsNull || (returned != null && !s.FactsOf(returned.Value).Pending.IsEmpty))
            {
                covered[(v, effect.Counter)] = int.MaxValue;
                return; // nothing returned, or a callee's try-acquire result handed back as it is
            }

            var held = HeldCounts.Get(facts.Held, effect.Counter);
            if (held.Hi == 0 && !facts.CreatedHere && !facts.Stable && _managed.Manages(effect.Target.Type, effect.Counter))
            {
                Report(returned, breach, effect.Target.Text, effect.Counter, effect.Attribute);
            }

            covered[(v, effect.Counter)] = covered.TryGetValue((v, effect.Counter), out int n) ? n + 1 : 1;
        }

        private void CheckLocks(FlowState s, IReadOnlyCollection<string> entryLocks, ReturnedValue? returned)
        {
            if (!_managed.ManagesAnyLock)
            {
                return; // every lock promise here is a primitive's, trusted
            }

            var expected = new HashSet<string>(entryLocks);
            expected.UnionWith(_contract.Locks);
            expected.ExceptWith(_contract.Unlocks);
            foreach (var l in expected.Where(l => !s.Locks.Contains(l) && _managed.ManagesLock(l)).OrderBy(l => l, System.StringComparer.Ordinal))
            {
                Report(returned, _contract.Locks.Contains(l) ? ContractBreach.LockNotTaken : ContractBreach.LockDropped, l, null, null);
            }

            foreach (var l in s.Locks.Where(l => !expected.Contains(l) && _managed.ManagesLock(l)).OrderBy(l => l, System.StringComparer.Ordinal))
            {
                Report(returned, ContractBreach.LockStillHeld, l, null, null);
            }
        }

        /// <summary>
        /// References taken in the method, still held on this path, that no contract accounts for. A value the
        /// contract names (with that counter) is the contract's: its balance is RO0007's to check, not a leak.
        /// </summary>
        private void CheckLeaks(FlowState s, ReturnedValue? returned, Dictionary<(int, string), int> covered)
        {
            foreach (var effect in _contract.Releases.Concat(_contract.Acquires).Concat(_contract.TryAcquires))
            {
                if (Resolve(s, effect, returned) is { } value)
                {
                    covered[(value, effect.Counter)] = int.MaxValue;
                }
            }

            // Most exits leak nothing: find the leaking values first, and sort (for a stable report order) only those.
            List<int>? leaking = null;
            foreach (var pair in s.Facts)
            {
                if (pair.Value.AcquiredAt != null && HeldBeyond(pair.Key, pair.Value, covered).Any())
                {
                    (leaking ??= new List<int>()).Add(pair.Key);
                }
            }

            if (leaking == null)
            {
                return;
            }

            leaking.Sort();
            foreach (var value in leaking)
            {
                var facts = s.FactsOf(value);
                foreach (var counter in HeldBeyond(value, facts, covered))
                {
                    _findings.Add(new LeakFinding(returned?.Site, _leavesBy, _body, _values.NameOf(s, value) ?? "the reference", counter, facts.AcquiredAt!));
                }
            }
        }

        /// <summary>The counters on which the method holds more references on <paramref name="value"/> than its contract covers.</summary>
        private static IEnumerable<string> HeldBeyond(int value, ValueFacts facts, Dictionary<(int, string), int> covered)
        {
            foreach (var count in facts.Held)
            {
                int extra = covered.TryGetValue((value, count.Counter), out int n) ? n : 0;
                if (count.Lo >= 1 && count.Lo > extra)
                {
                    yield return count.Counter;
                }
            }
        }

        /// <summary>The value a contract target names at the exit; a path off <c>return</c> starts at the returned value.</summary>
        private int? Resolve(FlowState s, RefEffect effect, ReturnedValue? returned)
        {
            if (effect.Target.Root == PathRootKind.Return)
            {
                return returned is { Value: > 0 } r ? _values.ResolveFrom(s, r.Value, effect.Target.Members) : (int?)null;
            }

            if (_entryTargets.TryGetValue(effect, out int atEntry) && s.Facts.ContainsKey(atEntry))
            {
                return atEntry;
            }

            return EntryState.PlaceOf(_method!, effect.Target) is { } place ? _values.Resolve(s, place) : (int?)null;
        }

        private void Report(ReturnedValue? returned, ContractBreach breach, string subject, string? counter, AttributeData? attribute) =>
            _findings.Add(new ExitContractFinding(returned?.Site, _leavesBy, _body, breach, subject, counter, attribute));
    }
}
