using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Engine.Events;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RefOrder.Analyzers.Engine.Lowering
{
    internal sealed partial class BodyLowerer
    {
        /// <summary>
        /// What a branch value tests: a boolean place (<c>if (NfsdNetTryGet(net))</c>, <c>if (ok)</c>) or the
        /// nullness of a place (<c>nf != null</c>, <c>nf is null</c>, <c>x is NfsdFile f</c>), possibly negated.
        /// </summary>
        private BranchCondition? ConditionOf(IOperation value)
        {
            switch (value)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return ConditionOf(not.Operand)?.Negate();
                case IIsNullOperation isNull:
                    return NullTest(isNull.Operand, negated: true);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                    bool negated = binary.OperatorKind == BinaryOperatorKind.Equals;
                    if (IsNullLiteral(binary.RightOperand))
                    {
                        return NullTest(binary.LeftOperand, negated);
                    }

                    if (IsNullLiteral(binary.LeftOperand))
                    {
                        return NullTest(binary.RightOperand, negated);
                    }

                    return null;
                case IIsPatternOperation isPattern:
                    return PatternTest(isPattern.Value, isPattern.Pattern);
                case IConversionOperation conversion when conversion.OperatorMethod == null:
                    return ConditionOf(conversion.Operand);
                default:
                    return _placeOf.TryGetValue(value, out var place) ? new BranchCondition(place, ConditionKind.True, negated: false) : null;
            }
        }

        private BranchCondition? PatternTest(IOperation value, IPatternOperation pattern)
        {
            switch (pattern)
            {
                case INegatedPatternOperation negatedPattern:
                    return PatternTest(value, negatedPattern.Pattern)?.Negate();
                case IConstantPatternOperation constant when IsNullLiteral(constant.Value):
                    return NullTest(value, negated: true);
                case IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: true } }:
                    return _placeOf.TryGetValue(value, out var truthy) ? new BranchCondition(truthy, ConditionKind.True, negated: false) : null;
                case IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: false } }:
                    return _placeOf.TryGetValue(value, out var falsy) ? new BranchCondition(falsy, ConditionKind.True, negated: true) : null;
                case IDeclarationPatternOperation:
                case ITypePatternOperation:
                case IRecursivePatternOperation:
                    return NullTest(value, negated: false); // matching a type or a property pattern implies non-null
                default:
                    return null;
            }
        }

        private BranchCondition? NullTest(IOperation operand, bool negated)
        {
            while (operand is IConversionOperation { OperatorMethod: null } conversion)
            {
                operand = conversion.Operand;
            }

            return _placeOf.TryGetValue(operand, out var place) ? new BranchCondition(place, ConditionKind.NonNull, negated) : null;
        }

        private static bool IsNullLiteral(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation.ConstantValue is { HasValue: true, Value: null };
        }
    }
}
