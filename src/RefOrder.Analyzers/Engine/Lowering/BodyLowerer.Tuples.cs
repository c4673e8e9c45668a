using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Engine.Events;

namespace RefOrder.Analyzers.Engine.Lowering
{
    internal sealed partial class BodyLowerer
    {
        /// <summary>
        /// A tuple literal is a new value whose elements are the values written: <c>(nf, 1).Item1</c> is
        /// <c>nf</c>'s value, taken when the literal is evaluated, so a swap <c>(a, b) = (b, a)</c> reads both before
        /// writing either.
        /// </summary>
        private Place EvalTuple(ITupleOperation tuple)
        {
            var elements = new Place?[tuple.Elements.Length];
            for (int i = 0; i < elements.Length; i++)
            {
                elements[i] = Eval(tuple.Elements[i]);
            }

            var result = NewTemp(tuple);
            Emit(new FreshEvent(tuple, result, FreshKind.New, NextId()));
            var fields = TupleFields(TupleTypeOf(tuple));
            for (int i = 0; i < elements.Length && i < fields.Length; i++)
            {
                if (elements[i] is { } element)
                {
                    Emit(new AliasEvent(tuple.Elements[i], result.With(fields[i], tuple.Elements[i].Syntax), element));
                }
            }

            return result;
        }

        /// <summary>
        /// <c>(a, b) = value</c> and <c>var (a, b) = value</c>: each target takes the element of the tuple at the same
        /// position, nested tuples element by element. A value that is not a tuple (a user-defined
        /// <c>Deconstruct</c>) gives its targets values the analysis does not name.
        /// </summary>
        private void EvalDeconstruction(IDeconstructionAssignmentOperation deconstruction)
        {
            var source = Eval(deconstruction.Value);
            var operand = deconstruction.Value;
            while (operand is IConversionOperation { OperatorMethod: null } conversion)
            {
                operand = conversion.Operand;
            }

            if (operand.Type is not INamedTypeSymbol { IsTupleType: true })
            {
                Emit(new CallEvent(deconstruction)); // a Deconstruct method: no contract read, but it may throw
            }

            Deconstruct(deconstruction, deconstruction.Target, source, TupleTypeOf(operand));
        }

        private void Deconstruct(IDeconstructionAssignmentOperation site, IOperation target, Place? source, ITypeSymbol? sourceType)
        {
            switch (target)
            {
                case IDeclarationExpressionOperation declaration:
                    Deconstruct(site, declaration.Expression, source, sourceType);
                    break;
                case ITupleOperation tuple:
                    var fields = TupleFields(sourceType);
                    for (int i = 0; i < tuple.Elements.Length; i++)
                    {
                        var field = i < fields.Length ? fields[i] : null;
                        var element = source != null && field != null ? source.With(field) : null;
                        Deconstruct(site, tuple.Elements[i], element, (field as IFieldSymbol)?.Type);
                    }

                    break;
                case IDiscardOperation:
                    break;
                default:
                    AssignTo(site, target, source, null);
                    break;
            }
        }

        /// <summary>The type of a tuple literal: its own, or, for one without a natural type (<c>(nf, null)</c>), the one it converts to.</summary>
        private static ITypeSymbol? TupleTypeOf(IOperation operation) =>
            operation.Type ?? (operation.Parent as IConversionOperation)?.Type;

        /// <summary>The element fields of a tuple type, as <see cref="TupleField"/> names them.</summary>
        private static ImmutableArray<ISymbol> TupleFields(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol { IsTupleType: true } tuple)
            {
                return ImmutableArray<ISymbol>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<ISymbol>(tuple.TupleElements.Length);
            foreach (var element in tuple.TupleElements)
            {
                builder.Add(TupleField(element));
            }

            return builder.MoveToImmutable();
        }

        /// <summary>
        /// One name per tuple element position and element types: <c>t.nf</c>, <c>t.Item1</c> and the first element
        /// of an unnamed tuple of the same types are one member, so a path through a tuple does not depend on the
        /// element names a declaration happened to give.
        /// </summary>
        private static ISymbol TupleField(IFieldSymbol field)
        {
            if (field.ContainingType is not { IsTupleType: true } tuple)
            {
                return field;
            }

            var unnamed = tuple.TupleUnderlyingType ?? tuple;
            var name = (field.CorrespondingTupleField ?? field).Name;
            foreach (var member in unnamed.GetMembers(name))
            {
                if (member is IFieldSymbol underlying)
                {
                    return underlying;
                }
            }

            return field;
        }
    }
}
