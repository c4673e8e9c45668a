using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RefOrder.Analyzers.Tests.Mutation
{
    /// <summary>Statements: each takes the states reaching it and returns the states that go on after it.</summary>
    internal sealed partial class GroundTruth
    {
        /// <summary>Loop bodies run at most this many times on a path.</summary>
        private const int Unroll = 2;

        private List<PathState> Block(IEnumerable<StatementSyntax> statements, List<PathState> states)
        {
            foreach (var statement in statements)
            {
                if (states.Count == 0)
                {
                    break; // unreachable: no path executes the rest
                }

                states = Statement(statement, states);
            }

            return states;
        }

        private List<PathState> Statement(StatementSyntax statement, List<PathState> states)
        {
            switch (statement)
            {
                case BlockSyntax block:
                    return Block(block.Statements, states);
                case EmptyStatementSyntax:
                case LocalFunctionStatementSyntax:
                    return states;
                case LocalDeclarationStatementSyntax or ExpressionStatementSyntax:
                    var operation = _model.GetOperation(statement)!;
                    foreach (var state in states)
                    {
                        Value(operation, state);
                    }

                    return states;
                case ReturnStatementSyntax or ThrowStatementSyntax:
                    foreach (var state in states)
                    {
                        var result = statement is ReturnStatementSyntax r ? r.Expression : ((ThrowStatementSyntax)statement).Expression;
                        if (result != null)
                        {
                            Value(_model.GetOperation(result)!, state);
                        }
                    }

                    return new List<PathState>(); // the path ends here
                case IfStatementSyntax branch:
                    var (whenTrue, whenFalse) = Conditions(branch.Condition, states);
                    var after = Statement(branch.Statement, whenTrue);
                    after.AddRange(branch.Else == null ? whenFalse : Statement(branch.Else.Statement, whenFalse));
                    return after;
                case WhileStatementSyntax loop:
                    return Loop(states, s => Conditions(loop.Condition, s), loop.Statement);
                case ForEachStatementSyntax each:
                    foreach (var state in states)
                    {
                        Value(_model.GetOperation(each.Expression)!, state);
                    }

                    var element = _model.GetDeclaredSymbol(each)!;
                    return Loop(states, s => (s.Select(x => Bind(x.Fork(), element, Fresh(element.Name))).ToList(), s), each.Statement);
                case LockStatementSyntax guarded:
                    foreach (var state in states)
                    {
                        Value(_model.GetOperation(guarded.Expression)!, state);
                    }

                    return Statement(guarded.Statement, states);
                default:
                    throw new NotSupportedException($"the ground truth does not model {statement.Kind()} ({Where(statement)}); extend GroundTruth before mutating this method");
            }
        }

        /// <summary>
        /// A loop unrolled <see cref="Unroll"/> times: the states that leave through the test, and (for a test that
        /// can be false) the states after the last unrolled pass. <c>while (true)</c> leaves only by return.
        /// </summary>
        private List<PathState> Loop(List<PathState> states, Func<List<PathState>, (List<PathState> Enter, List<PathState> Leave)> test, StatementSyntax body)
        {
            var left = new List<PathState>();
            for (int pass = 0; pass < Unroll && states.Count > 0; pass++)
            {
                var (enter, leave) = test(states);
                left.AddRange(leave);
                states = Statement(body, enter);
            }

            left.AddRange(test(states).Leave);
            return left;
        }

        private static PathState Bind(PathState state, ISymbol symbol, string key)
        {
            state.Values[symbol] = key;
            return state;
        }

        /// <summary>The states where <paramref name="condition"/> is true and where it is false.</summary>
        private (List<PathState> True, List<PathState> False) Conditions(ExpressionSyntax condition, List<PathState> states)
        {
            var operation = _model.GetOperation(condition)!;
            var whenTrue = new List<PathState>();
            var whenFalse = new List<PathState>();
            foreach (var state in states)
            {
                var (t, f) = Condition(operation, state);
                whenTrue.AddRange(t);
                whenFalse.AddRange(f);
            }

            return (whenTrue, whenFalse);
        }

        /// <summary>
        /// One condition on one state: short-circuit operators split the paths; a null test or a [TryAcquires] result
        /// commits or drops what the call acquired; a constant true has no false side.
        /// </summary>
        private (List<PathState> True, List<PathState> False) Condition(IOperation condition, PathState state)
        {
            switch (condition)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    var (t, f) = Condition(not.Operand, state);
                    return (f, t);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical:
                    bool and = logical.OperatorKind == BinaryOperatorKind.ConditionalAnd;
                    var (leftTrue, leftFalse) = Condition(logical.LeftOperand, state);
                    var rightTrue = new List<PathState>();
                    var rightFalse = new List<PathState>();
                    foreach (var s in and ? leftTrue : leftFalse)
                    {
                        var (rt, rf) = Condition(logical.RightOperand, s);
                        rightTrue.AddRange(rt);
                        rightFalse.AddRange(rf);
                    }

                    return and ? (rightTrue, leftFalse.Concat(rightFalse).ToList()) : (leftTrue.Concat(rightTrue).ToList(), rightFalse);
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: true } }:
                    return (new List<PathState> { state }, new List<PathState>());
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } compare when IsNull(compare.LeftOperand) || IsNull(compare.RightOperand):
                    var tested = NullTested(IsNull(compare.LeftOperand) ? compare.RightOperand : compare.LeftOperand, state);
                    var (isNull, isNotNull) = NullSplit(state, tested);
                    return compare.OperatorKind == BinaryOperatorKind.Equals ? (isNull, isNotNull) : (isNotNull, isNull);
                case IIsPatternOperation test:
                    return Pattern(test, state);
                default:
                    var result = Value(condition, state);
                    var success = state.Fork();
                    success.Succeeded(result);
                    state.Failed(result);
                    return (new List<PathState> { success }, new List<PathState> { state });
            }
        }

        private (List<PathState> Null, List<PathState> NotNull) NullSplit(PathState state, string? tested)
        {
            var notNull = state.Fork();
            notNull.Succeeded(tested);
            state.Failed(tested);
            return (new List<PathState> { state }, new List<PathState> { notNull });
        }

        /// <summary>Null, not-null, type and declaration patterns test the reference only; others read the object.</summary>
        private (List<PathState> True, List<PathState> False) Pattern(IIsPatternOperation test, PathState state)
        {
            var pattern = test.Pattern;
            bool negated = false;
            if (pattern is INegatedPatternOperation n)
            {
                negated = true;
                pattern = n.Pattern;
            }

            bool referenceOnly = pattern is IConstantPatternOperation { Value: var v } && IsNull(v)
                || pattern is ITypePatternOperation or IDeclarationPatternOperation
                || pattern is IRecursivePatternOperation { PropertySubpatterns.Length: 0, DeconstructionSubpatterns.Length: 0 };
            var tested = referenceOnly ? NullTested(test.Value, state) : Value(test.Value, state);
            List<PathState> whenTrue, whenFalse;
            if (pattern is IDeclarationPatternOperation { MatchesNull: true })
            {
                (whenTrue, whenFalse) = (new List<PathState> { state }, new List<PathState>()); // `var x` always matches
            }
            else
            {
                var (isNull, isNotNull) = NullSplit(state, tested);
                bool matchesNull = pattern is IConstantPatternOperation;
                (whenTrue, whenFalse) = matchesNull ? (isNull, isNotNull) : (isNotNull, isNull);
            }

            var declared = pattern switch
            {
                IDeclarationPatternOperation d => d.DeclaredSymbol,
                IRecursivePatternOperation r => r.DeclaredSymbol,
                _ => null,
            };
            if (declared != null)
            {
                foreach (var s in negated ? whenFalse : whenTrue)
                {
                    Bind(s, declared, tested ?? Fresh(declared.Name));
                }
            }

            return negated ? (whenFalse, whenTrue) : (whenTrue, whenFalse);
        }

        private static bool IsNull(IOperation operation) =>
            operation.ConstantValue is { HasValue: true, Value: null } || operation is IConversionOperation { Operand: var o } && IsNull(o);
    }
}
