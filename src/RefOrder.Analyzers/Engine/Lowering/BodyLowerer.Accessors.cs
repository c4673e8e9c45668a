using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine.Events;

namespace RefOrder.Analyzers.Engine.Lowering
{
    internal sealed partial class BodyLowerer
    {
        /// <summary>
        /// A read of a property or indexer whose getter has a contract is a call to the getter: its result is a new
        /// value (not the member path, which an unannotated property read names), and the getter's contract applies
        /// with <c>"return"</c> denoting it. Returns false when the getter has no contract.
        /// </summary>
        private bool TryLowerGetter(IPropertyReferenceOperation property, out Place? result)
        {
            result = null;
            var getter = property.Property.GetMethod;
            if (getter == null || !_contracts.HasContract(getter, property.Instance))
            {
                return false;
            }

            var receiver = EvalAccessorReceiver(property);
            var arguments = EvalArguments(getter, property.Arguments);
            result = NewTemp(property);
            Emit(new FreshEvent(property, result, FreshKind.Unknown, NextId()));
            LowerContractCall(property, getter, property.Arguments, _contracts.GetMethod(ContractTable.ImplementationOf(getter, property.Instance)), receiver, arguments, result);
            return true;
        }

        /// <summary>
        /// An assignment to an indexer, or to a property whose setter has a contract: the setter's contract applies
        /// with <c>"value"</c> denoting the value assigned. The property's member path then holds a value the
        /// analysis does not name: the setter is a method, and what it stores (the very object it was handed, a
        /// wrapper, nothing) is its own business, so a setter that consumes the caller's reference does not make
        /// the property read as released.
        /// </summary>
        private Place? LowerSetter(IAssignmentOperation assignment, IPropertyReferenceOperation property, Place? value)
        {
            var setter = property.Property.SetMethod;
            var receiver = EvalAccessorReceiver(property);
            if (setter != null && _contracts.HasContract(setter, property.Instance))
            {
                var arguments = EvalArguments(setter, property.Arguments);
                if (arguments.Length > 0)
                {
                    arguments[arguments.Length - 1] = value; // the implicit "value" parameter comes last
                }

                LowerContractCall(assignment, setter, property.Arguments, _contracts.GetMethod(ContractTable.ImplementationOf(setter, property.Instance)), receiver, arguments, null);
            }
            else
            {
                foreach (var argument in property.Arguments)
                {
                    Eval(argument.Value); // an unannotated indexer write is neutral
                }
            }

            if (IsIndexed(property))
            {
                return value;
            }

            var member = property.Property;
            var place = member.IsStatic || receiver == null ? Place.Of(Root.OfStatic(member)) : receiver.With(member, property.Syntax);
            Emit(new StoreEvent(assignment, place, null, NextId()));
            return place;
        }

        /// <summary>The receiver of an accessor call; calling a member on an object dereferences it, as for a method.</summary>
        private Place? EvalAccessorReceiver(IPropertyReferenceOperation property)
        {
            var instance = property.Instance;
            var receiver = instance == null || property.Property.IsStatic ? null : Eval(instance);
            if (receiver != null && !IsImplicitFlowCapture(instance!) && instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
            {
                Emit(new UseEvent(property, receiver));
            }

            return receiver;
        }

        private static bool IsIndexed(IPropertyReferenceOperation property) => property.Property.IsIndexer || !property.Arguments.IsEmpty;

        /// <summary>Whether an assignment to <paramref name="property"/> is a setter call rather than a member store.</summary>
        private bool IsSetterCall(IPropertyReferenceOperation property) =>
            IsIndexed(property) || _contracts.HasContract(property.Property.SetMethod, property.Instance);
    }
}
