using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Engine.Events;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;

namespace RefOrder.Analyzers.Engine.Lowering
{
    internal sealed partial class BodyLowerer
    {
        private Place? EvalInvocation(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            bool isProbe = _isTestPoint != null && _isTestPoint(method);
            bool wasRecording = _recordPlaces;
            _recordPlaces |= isProbe;
            var receiver = invocation.Instance == null ? null : Eval(invocation.Instance);
            var arguments = EvalArguments(method, invocation.Arguments);

            _recordPlaces = wasRecording;
            if (isProbe)
            {
                Emit(new ProbeEvent(invocation, ProbeLabel(invocation), ProbePlaces(invocation)));
                return null;
            }

            if (LowerLockCall(invocation))
            {
                return null;
            }

            if (_contracts.IsInterlockedExchange(method) && arguments.Length == 2 && arguments[0] != null)
            {
                var old = NewTemp(invocation);
                HandOverToCaller(invocation, arguments[0]!, arguments[1]);
                Emit(new ExchangeEvent(invocation, old, arguments[0]!, arguments[1], NextId()));
                return old;
            }

            if (_contracts.IsInterlockedCompareExchange(method) && arguments.Length == 3 && arguments[0] != null)
            {
                // The old value comes back; the location now holds either value, so it is no longer known.
                var old = NewTemp(invocation);
                HandOverToCaller(invocation, arguments[0]!, arguments[1]);
                Emit(new AssignEvent(invocation, old, arguments[0]!));
                if (arguments[0]!.IsRootOnly)
                {
                    Emit(new FreshEvent(invocation, arguments[0]!, FreshKind.Unknown, NextId()));
                }

                return old;
            }

            if (CollectionAccess(invocation, receiver, arguments) is { } element)
            {
                return element;
            }

            var contract = _contracts.GetMethod(ContractTable.ImplementationOf(method, invocation.Instance));
            Place? result = method.ReturnsVoid ? null : NewTemp(invocation);
            if (result != null)
            {
                Emit(new FreshEvent(invocation, result, FreshKind.Unknown, NextId()));
            }

            if (receiver != null && invocation.Instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
            {
                Emit(new UseEvent(invocation, receiver)); // calling a method on an object dereferences it
            }

            if (contract.IsEmpty)
            {
                UseArguments(invocation, method, invocation.Arguments, arguments, contract);
                HandOverToCollection(invocation, receiver, arguments);
                Emit(new CallEvent(invocation));
                KillRefArguments(invocation, method, arguments, contract);
                return result;
            }

            if (contract.IsAssume)
            {
                if (arguments.Length > 0 && arguments[0] != null)
                {
                    Emit(new AssumeEvent(invocation, arguments[0]!));
                }

                return result;
            }

            LowerContractCall(invocation, method, invocation.Arguments, contract, receiver, arguments, result);
            return result;
        }

        /// <summary>
        /// The events of a call to <paramref name="method"/> with a contract: an invocation, or a property or indexer
        /// access whose accessor has one (then <paramref name="site"/> is the access and a setter's last argument is
        /// the value assigned).
        /// </summary>
        private void LowerContractCall(IOperation site, IMethodSymbol method, ImmutableArray<IArgumentOperation> written, MethodContract contract, Place? receiver, Place?[] arguments, Place? result)
        {
            UseArguments(site, method, written, arguments, contract);

            foreach (var l in contract.RequiresLocks)
            {
                Emit(new RequireLockEvent(site, l, method));
            }

            foreach (var effect in contract.Releases)
            {
                if (Map(effect.Target, receiver, arguments, result) is { } target)
                {
                    Emit(new ReleaseEvent(site, target, effect.Counter, method));
                }
            }

            // What the callee leaves in an out argument is a new value; the effects below that target an out
            // parameter (`bool TryGet(key, out var f)`) are about that new value. A ref argument's effects are about
            // the value passed in, and it changes after them.
            KillRefArguments(site, method, arguments, contract, RefKind.Out);

            // The returned object's identities come first, so that what the call hands back is credited to them.
            foreach (var (path, other) in contract.Aliases)
            {
                if (Map(path, receiver, arguments, result) is { } a && Map(other, receiver, arguments, result) is { } b)
                {
                    Emit(new AliasEvent(site, a, b));
                }
            }

            foreach (var effect in contract.Acquires)
            {
                if (Map(effect.Target, receiver, arguments, result) is { } target)
                {
                    Emit(new AcquireEvent(site, target, effect.Counter, method, HandsBackNewValue(method, effect.Target)));
                }
            }

            foreach (var effect in contract.TryAcquires)
            {
                if (result != null && Map(effect.Target, receiver, arguments, result) is { } target)
                {
                    bool nonNull = method.ReturnType.SpecialType != SpecialType.System_Boolean;
                    Emit(new TryAcquireEvent(site, target, effect.Counter, result, nonNull, method));
                }
            }

            foreach (var l in contract.Locks)
            {
                Emit(new LockEvent(site, l));
            }

            foreach (var l in contract.Unlocks)
            {
                Emit(new UnlockEvent(site, l));
            }

            KillRefArguments(site, method, arguments, contract, RefKind.Ref);
        }

        /// <summary>
        /// The target is what the call hands back (its result, or an out argument): there was nothing to be live
        /// before the call, so an acquire of it checks no liveness.
        /// </summary>
        private static bool HandsBackNewValue(IMethodSymbol method, ContractPath target) =>
            target.Members.IsEmpty
            && (target.Root == PathRootKind.Return
                || (target.Root == PathRootKind.Parameter && target.ParameterOrdinal < method.Parameters.Length && method.Parameters[target.ParameterOrdinal].RefKind == RefKind.Out));

        /// <summary>
        /// Adding to a [HoldsRef] collection (<c>h.Files.Add(nf)</c>) hands the method's reference on what is added to
        /// the collection, which keeps it from then on.
        /// </summary>
        private void HandOverToCollection(IInvocationOperation invocation, Place? receiver, Place?[] arguments)
        {
            if (receiver?.LastMember is not { } member || !IsAddition(invocation.TargetMethod.Name)
                || _contracts.GetMember(member).HoldsRefCounter is not { } counter || !CollectionTypes.IsCollection(PathResolver.MemberType(member)))
            {
                return;
            }

            foreach (var argument in arguments)
            {
                if (argument != null)
                {
                    Emit(new HandOverEvent(invocation, argument, counter));
                }
            }
        }

        /// <summary>
        /// Installing a value into the caller's storage through a <c>ref</c> or <c>out</c> parameter
        /// (<c>Interlocked.CompareExchange(ref pnf, install, null)</c>) hands the method's references on it to the
        /// caller's slot.
        /// </summary>
        private void HandOverToCaller(IOperation site, Place location, Place? value)
        {
            if (value != null && location.IsRootOnly && location.Root.Symbol is IParameterSymbol { RefKind: RefKind.Ref or RefKind.Out })
            {
                Emit(new HandOverEvent(site, value, HandOverEvent.AnyCounter));
            }
        }

        private static bool IsAddition(string name) =>
            name is "Add" or "Push" or "Enqueue" or "Insert" or "AddLast" or "AddFirst" or "TryAdd" or "Append" or "Prepend";

        /// <summary>
        /// Passing a value is a use of it; passing it to a [Live] parameter also requires it to be known live.
        /// Arguments a release or acquire targets are checked by that event instead.
        /// </summary>
        private void UseArguments(IOperation call, IMethodSymbol method, ImmutableArray<IArgumentOperation> written, Place?[] arguments, MethodContract contract)
        {
            for (int i = 0; i < arguments.Length; i++)
            {
                var place = arguments[i];
                if (place == null || IsDirectTarget(contract, i))
                {
                    continue;
                }

                var site = ArgumentSite(call, written, i);
                if (contract.IsLive(i))
                {
                    Emit(new RequireLiveEvent(site, place, method.Parameters[i].Name, method));
                }
                else if (method.Parameters[i].RefKind != RefKind.Out)
                {
                    Emit(new UseEvent(site, place));
                }
            }
        }

        /// <summary>After a call, a local passed by <c>ref</c> or <c>out</c> holds whatever the callee left there.</summary>
        private void KillRefArguments(IOperation invocation, IMethodSymbol method, Place?[] arguments, MethodContract contract, RefKind? only = null)
        {
            for (int i = 0; i < arguments.Length; i++)
            {
                var kind = method.Parameters[i].RefKind;
                if (arguments[i] is { IsRootOnly: true } place && kind is RefKind.Ref or RefKind.Out && (only == null || only == kind))
                {
                    Emit(new FreshEvent(invocation, place, FreshKind.Unknown, NextId()));
                    if (contract.IsLive(i))
                    {
                        Emit(new AssumeEvent(invocation, place));
                    }
                }
            }
        }

        private static bool IsDirectTarget(MethodContract contract, int ordinal)
        {
            // Called per argument of every annotated call: no array of the three lists is built.
            return Targets(contract.Releases, ordinal) || Targets(contract.Acquires, ordinal) || Targets(contract.TryAcquires, ordinal);
        }

        private static bool Targets(ImmutableArray<RefEffect> effects, int ordinal)
        {
            foreach (var e in effects)
            {
                if (e.Target.Root == PathRootKind.Parameter && e.Target.ParameterOrdinal == ordinal && e.Target.Members.IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where an argument is written; a setter's value, written as the right-hand side, is the assignment's value.</summary>
        private static IOperation ArgumentSite(IOperation call, ImmutableArray<IArgumentOperation> written, int ordinal)
        {
            foreach (var argument in written)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument.Value;
                }
            }

            return call is IAssignmentOperation assignment ? assignment.Value : call;
        }

        /// <summary>The places of the arguments, indexed by the ordinal of the parameter each is passed to.</summary>
        private Place?[] EvalArguments(IMethodSymbol method, ImmutableArray<IArgumentOperation> written)
        {
            var arguments = new Place?[method.Parameters.Length];
            foreach (var argument in written)
            {
                var place = Eval(argument.Value);
                if (argument.Parameter != null && argument.Parameter.Ordinal < arguments.Length)
                {
                    arguments[argument.Parameter.Ordinal] = place;
                }
            }

            return arguments;
        }

        /// <summary>The call-site place a contract path denotes: the argument, receiver or result, then its members.</summary>
        private static Place? Map(ContractPath path, Place? receiver, Place?[] arguments, Place? result)
        {
            Place? root = path.Root switch
            {
                PathRootKind.This => receiver,
                PathRootKind.Return => result,
                _ => path.ParameterOrdinal < arguments.Length ? arguments[path.ParameterOrdinal] : null,
            };
            if (root == null)
            {
                return null;
            }

            var place = root;
            foreach (var member in path.Members)
            {
                place = place.With(member);
            }

            return place;
        }

        /// <summary>
        /// Reads of an element from a collection (<c>First()</c>, <c>Last()</c>, <c>ElementAt</c>, <c>Peek</c>…) and
        /// enumerators over it: the result is as live as the collection's elements are.
        /// </summary>
        private Place? CollectionAccess(IInvocationOperation invocation, Place? receiver, Place?[] arguments)
        {
            var method = invocation.TargetMethod;
            var collection = method.IsExtensionMethod || (method.IsStatic && arguments.Length > 0) ? arguments.Length > 0 ? arguments[0] : null : receiver;
            if (collection == null || method.ReturnsVoid)
            {
                return null;
            }

            switch (method.Name)
            {
                case "First":
                case "FirstOrDefault":
                case "Last":
                case "LastOrDefault":
                case "Single":
                case "SingleOrDefault":
                case "ElementAt":
                case "ElementAtOrDefault":
                case "Peek":
                    if (!CollectionTypes.IsCollection(method.IsExtensionMethod || method.IsStatic ? method.Parameters[0].Type : method.ContainingType))
                    {
                        return null;
                    }

                    var element = NewTemp(invocation);
                    Emit(new UseEvent(invocation, collection));
                    Emit(new ElementOfEvent(invocation, element, collection, NextId()));
                    return element;
                case "GetEnumerator":
                    var view = NewTemp(invocation);
                    Emit(new CollectionViewEvent(invocation, view, collection, NextId()));
                    return view;
                default:
                    return null;
            }
        }

        /// <summary>The places passed to a test point (its <c>params</c> array expanded).</summary>
        private ImmutableArray<Place> ProbePlaces(IInvocationOperation invocation)
        {
            var places = ImmutableArray.CreateBuilder<Place>();
            foreach (var argument in invocation.Arguments)
            {
                var values = argument.Value is IArrayCreationOperation { Initializer: { } init } ? init.ElementValues : ImmutableArray.Create(argument.Value);
                foreach (var value in values)
                {
                    if (_placeOf.TryGetValue(value, out var place))
                    {
                        places.Add(place);
                    }
                }
            }

            return places.ToImmutable();
        }

        private static string ProbeLabel(IInvocationOperation invocation) =>
            invocation.Arguments.Length > 0 && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string s } ? s : "";
    }
}
