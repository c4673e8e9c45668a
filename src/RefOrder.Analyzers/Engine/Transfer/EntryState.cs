using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine.Events;
using RefOrder.Analyzers.Engine.State;

namespace RefOrder.Analyzers.Engine.Transfer
{
    /// <summary>
    /// The facts a body starts from, read off its own contract: [Live] parameters are live throughout; targets of
    /// its own [Releases] are handed over (held once, live until released); targets of its own [Acquires] are
    /// vouched for by the caller; locks it [RequiresLock] are held.
    /// </summary>
    internal static class EntryState
    {
        public static FlowState Create(ISymbol? owner, ContractTable contracts, ValueStore values) =>
            Create(owner, contracts, values, new Dictionary<RefEffect, int>());

        /// <param name="targets">Receives the value each of the method's own reference effects names at entry.</param>
        public static FlowState Create(ISymbol? owner, ContractTable contracts, ValueStore values, Dictionary<RefEffect, int> targets)
        {
            var state = new FlowState();
            if (owner is not IMethodSymbol method)
            {
                return state;
            }

            var contract = contracts.GetMethod(method);
            foreach (var parameter in method.Parameters)
            {
                int value = values.Resolve(state, Place.Of(Root.OfParameter(parameter)));
                if (contract.IsLive(parameter.Ordinal))
                {
                    state.Facts[value] = ValueFacts.Live(stable: true).WithElementsLive(CollectionTypes.IsCollection(parameter.Type));
                }
            }

            foreach (var effect in contract.Releases.OrderBy(e => e.Target.Members.Length))
            {
                if (PlaceOf(method, effect.Target) is { } place)
                {
                    int value = values.Resolve(state, place);
                    targets[effect] = value;
                    var facts = state.FactsOf(value);

                    // Handed over: held once. A method that releases `this` gives up the reference it lives on, so
                    // `this` is live until then, not throughout (RO0001 and RO0003 then agree on uses after it).
                    if (effect.Target.Root == PathRootKind.This && effect.Target.Members.IsEmpty)
                    {
                        facts = ValueFacts.Empty; // live through the held reference alone, as a handed-over parameter is
                    }

                    state.Facts[value] = facts.WithHeld(HeldCounts.Get(facts.Held, effect.Counter).Increment());
                }
            }

            foreach (var effect in contract.Acquires.OrderBy(e => e.Target.Members.Length))
            {
                if (PlaceOf(method, effect.Target) is { } place)
                {
                    int value = values.Resolve(state, place);
                    targets[effect] = value;
                    state.Facts[value] = state.FactsOf(value).WithUntilRelease(true);
                }
            }

            foreach (var l in contract.RequiresLocks)
            {
                state.Locks.Add(l);
            }

            return state;
        }

        /// <summary>The place inside the body that a contract path of the body's own method denotes.</summary>
        public static Place? PlaceOf(IMethodSymbol method, ContractPath path)
        {
            Place place;
            switch (path.Root)
            {
                case PathRootKind.This:
                    place = Place.ForRoot(Root.OfThis(), "this");
                    break;
                case PathRootKind.Parameter when path.ParameterOrdinal < method.Parameters.Length:
                    var p = method.Parameters[path.ParameterOrdinal];
                    place = Place.Of(Root.OfParameter(p));
                    break;
                default:
                    return null;
            }

            foreach (var member in path.Members)
            {
                place = place.With(member);
            }

            return place;
        }
    }
}
