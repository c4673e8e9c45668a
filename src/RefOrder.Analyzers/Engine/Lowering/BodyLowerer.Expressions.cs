using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Engine.Events;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RefOrder.Analyzers.Engine.Lowering
{
    internal sealed partial class BodyLowerer
    {
        /// <summary>
        /// Lowers <paramref name="operation"/> and returns the place holding its value, when the value is a
        /// reference the analysis can name (a local, a member path, a call's result); otherwise null.
        /// </summary>
        private Place? Eval(IOperation? operation)
        {
            if (operation == null)
            {
                return null;
            }

            var place = EvalCore(operation);
            if (place != null && _recordPlaces)
            {
                _placeOf[operation] = place;
            }

            return place;
        }

        private Place? EvalCore(IOperation operation)
        {
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return Place.Of(Root.OfLocal(local.Local));
                case IParameterReferenceOperation parameter:
                    return Place.Of(Root.OfParameter(parameter.Parameter));
                case IInstanceReferenceOperation instance:
                    // An implicit receiver (object initializer, pattern input) is not `this`.
                    return instance.ReferenceKind == InstanceReferenceKind.ContainingTypeInstance ? Place.ForRoot(Root.OfThis(), "this") : null;
                case IFlowCaptureReferenceOperation capture:
                    return Place.ForRoot(Root.OfCapture(capture.Id), operation.Syntax);
                case IFlowCaptureOperation capture:
                    return EvalCapture(capture);
                case IFieldReferenceOperation field:
                    return EvalMember(operation, field.Instance, TupleField(field.Field), field.Field.IsStatic);
                case ITupleOperation tuple:
                    return EvalTuple(tuple);
                case IDeconstructionAssignmentOperation deconstruction:
                    EvalDeconstruction(deconstruction);
                    return null;
                case IPropertyReferenceOperation property:
                    return EvalProperty(property);
                case IArrayElementReferenceOperation element:
                    return EvalElement(operation, element.ArrayReference, element.Indices);
                case IConversionOperation conversion:
                    return EvalConversion(conversion);
                case ISimpleAssignmentOperation assignment:
                    return EvalAssignment(assignment);
                case IObjectCreationOperation creation:
                    return EvalCreation(operation, creation.Arguments, creation.Initializer);
                case IInvocationOperation invocation:
                    return EvalInvocation(invocation);
                case IFlowAnonymousFunctionOperation lambda:
                    _cancellation.ThrowIfCancellationRequested(); // a body of many lambdas is lowered in few blocks
                    if (NeedsAnalysis(lambda.Symbol, lambda.SemanticModel?.GetOperation(lambda.Syntax, _cancellation) is IAnonymousFunctionOperation f ? f.Body : null))
                    {
                        _nested.Add(new NestedBody(lambda.Symbol, _graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellation)));
                    }

                    return null;
                case IIsPatternOperation isPattern:
                    EvalPattern(Eval(isPattern.Value), isPattern.Pattern);
                    return null;
                case IDeclarationExpressionOperation declaration:
                    return Eval(declaration.Expression);
                case IArgumentOperation argument:
                    return Eval(argument.Value);
                default:
                    foreach (var child in operation.ChildOperations)
                    {
                        Eval(child);
                    }

                    if (operation is IDynamicInvocationOperation or IDynamicMemberReferenceOperation)
                    {
                        Emit(new CallEvent(operation));
                    }

                    return null;
            }
        }

        private Place? EvalCapture(IFlowCaptureOperation capture)
        {
            var target = Place.ForRoot(Root.OfCapture(capture.Id), capture.Value.Syntax);
            var value = Eval(capture.Value);
            Emit(value != null ? new AssignEvent(capture, target, value)
                : IsNullLiteral(capture.Value) ? new FreshEvent(capture, target, FreshKind.Null, NextId())
                : new FreshEvent(capture, target, FreshKind.Unknown, NextId()));

            return null;
        }

        /// <summary>A field or property read: dereferences (uses) the holder, and names the path holder.member.</summary>
        private Place? EvalMember(IOperation operation, IOperation? instance, ISymbol member, bool isStatic)
        {
            if (isStatic || instance == null)
            {
                return Place.Of(Root.OfStatic(member));
            }

            var holder = Eval(instance);
            if (holder == null)
            {
                return null;
            }

            if (!IsImplicitFlowCapture(instance))
            {
                Emit(new UseEvent(operation, holder));
            }

            return holder.With(member, operation.Syntax);
        }

        private Place? EvalProperty(IPropertyReferenceOperation property)
        {
            if (TryLowerGetter(property, out var read))
            {
                return read;
            }

            if (property.Property.IsIndexer || !property.Arguments.IsEmpty)
            {
                return EvalElement(property, property.Instance, default);
            }

            if (property.Property.Name == "Current" && property.Instance != null && !property.Property.IsStatic)
            {
                // foreach lowers to enumerator.Current: an element of the collection the enumerator walks.
                var enumerator = Eval(property.Instance);
                var element = NewTemp(property);
                if (enumerator != null)
                {
                    Emit(new ElementOfEvent(property, element, enumerator, NextId()));
                }
                else
                {
                    Emit(new FreshEvent(property, element, FreshKind.Unknown, NextId()));
                }

                return element;
            }

            return EvalMember(property, property.Instance, property.Property, property.Property.IsStatic);
        }

        private Place? EvalElement(IOperation operation, IOperation? collection, System.Collections.Immutable.ImmutableArray<IOperation> indices)
        {
            var holder = Eval(collection);
            if (!indices.IsDefault)
            {
                foreach (var index in indices)
                {
                    Eval(index);
                }
            }
            else
            {
                foreach (var child in operation.ChildOperations)
                {
                    if (child != collection)
                    {
                        Eval(child);
                    }
                }
            }

            var element = NewTemp(operation);
            if (holder != null)
            {
                Emit(new UseEvent(operation, holder));
                Emit(new ElementOfEvent(operation, element, holder, NextId()));
            }
            else
            {
                Emit(new FreshEvent(operation, element, FreshKind.Unknown, NextId()));
            }

            return element;
        }

        private Place? EvalConversion(IConversionOperation conversion)
        {
            var operand = Eval(conversion.Operand);
            if (conversion.OperatorMethod != null)
            {
                Emit(new CallEvent(conversion));
                return null; // a user-defined conversion makes a new value
            }

            return operand;
        }

        private Place? EvalAssignment(ISimpleAssignmentOperation assignment) =>
            AssignTo(assignment, assignment.Target, Eval(assignment.Value), assignment.Value);

        /// <summary>
        /// <c>target := value</c>, for a simple assignment or one element of a deconstruction (then
        /// <paramref name="valueOperation"/> is null: the value is an element of the deconstructed tuple).
        /// </summary>
        private Place? AssignTo(IAssignmentOperation site, IOperation target, Place? value, IOperation? valueOperation)
        {
            switch (target)
            {
                case ILocalReferenceOperation local when value == null && valueOperation != null && IsNullLiteral(valueOperation):
                    var nulled = Place.Of(Root.OfLocal(local.Local));
                    Emit(new FreshEvent(site, nulled, FreshKind.Null, NextId()));
                    return nulled;
                case ILocalReferenceOperation local:
                    return AssignRoot(site, Place.Of(Root.OfLocal(local.Local)), value);
                case IParameterReferenceOperation parameter:
                    return AssignRoot(site, Place.Of(Root.OfParameter(parameter.Parameter)), value);
                case IFlowCaptureReferenceOperation capture:
                    return AssignRoot(site, Place.ForRoot(Root.OfCapture(capture.Id), capture.Syntax), value);
                case IFieldReferenceOperation field:
                    return StoreMember(site, field, field.Instance, TupleField(field.Field), field.Field.IsStatic, value);
                case IPropertyReferenceOperation property when IsSetterCall(property):
                    return LowerSetter(site, property, value);
                case IPropertyReferenceOperation property:
                    return StoreMember(site, property, property.Instance, property.Property, property.Property.IsStatic, value);
                default:
                    Eval(target);
                    return value;
            }
        }

        private Place AssignRoot(IOperation site, Place target, Place? value)
        {
            Emit(value != null ? new AssignEvent(site, target, value) : new FreshEvent(site, target, FreshKind.Unknown, NextId()));
            return target;
        }

        private Place? StoreMember(IOperation site, IOperation target, IOperation? instance, ISymbol member, bool isStatic, Place? value)
        {
            if (isStatic || instance == null)
            {
                return AssignRoot(site, Place.Of(Root.OfStatic(member)), value);
            }

            var holder = Eval(instance);
            if (holder == null)
            {
                return null;
            }

            if (!IsImplicitFlowCapture(instance))
            {
                Emit(new UseEvent(target, holder)); // writing a member dereferences the holder
            }

            if (value == null && site is ISimpleAssignmentOperation { Value: var written } && IsNullLiteral(written))
            {
                // Storing null hands over nothing and needs nothing: name it, so the store is known to be of null.
                value = NewTemp(written);
                Emit(new FreshEvent(written, value, FreshKind.Null, NextId()));
            }

            var place = holder.With(member, target.Syntax);
            Emit(new StoreEvent(site, place, value, NextId()));
            return place;
        }

        private Place EvalCreation(IOperation creation, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IObjectOrCollectionInitializerOperation? initializer)
        {
            foreach (var argument in arguments)
            {
                var place = Eval(argument.Value);
                if (place != null)
                {
                    Emit(new UseEvent(argument, place));
                }
            }

            var result = NewTemp(creation);
            Emit(new FreshEvent(creation, result, FreshKind.New, NextId()));
            Eval(initializer);
            return result;
        }

        /// <summary>Patterns that declare a variable copy the tested value into it.</summary>
        private void EvalPattern(Place? value, IPatternOperation pattern)
        {
            switch (pattern)
            {
                case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local }:
                    AssignRoot(pattern, Place.Of(Root.OfLocal(local)), value);
                    break;
                case IRecursivePatternOperation recursive:
                    if (recursive.DeclaredSymbol is ILocalSymbol declared)
                    {
                        AssignRoot(pattern, Place.Of(Root.OfLocal(declared)), value);
                    }

                    foreach (var sub in recursive.PropertySubpatterns)
                    {
                        if (value != null && sub.Member is IPropertyReferenceOperation { Property: var p } && !p.IsIndexer)
                        {
                            EvalPattern(value.With(p), sub.Pattern);
                        }
                        else if (value != null && sub.Member is IFieldReferenceOperation { Field: var f })
                        {
                            EvalPattern(value.With(f), sub.Pattern);
                        }
                    }

                    break;
                case IBinaryPatternOperation binary:
                    EvalPattern(value, binary.LeftPattern);
                    EvalPattern(value, binary.RightPattern);
                    break;
                case INegatedPatternOperation negated:
                    EvalPattern(value, negated.Pattern);
                    break;
            }
        }

        /// <summary>
        /// The CFG captures a receiver before a conditional access or an initializer; reading a member through that
        /// capture is still a use, but the capture reference of an object initializer is the new object itself.
        /// </summary>
        private static bool IsImplicitFlowCapture(IOperation instance) =>
            instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver };
    }
}
