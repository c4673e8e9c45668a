using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RefOrder.Analyzers.Tests.Mutation
{
    /// <summary>Expressions, evaluated in order: the uses they make, the references they take and drop, and the key of their value.</summary>
    internal sealed partial class GroundTruth
    {
        private readonly Stack<string?> _conditionalReceivers = new Stack<string?>();

        /// <summary>Evaluates <paramref name="operation"/> on <paramref name="state"/>; returns the key of its value (null: none).</summary>
        private string? Value(IOperation operation, PathState state, bool use = true)
        {
            switch (operation)
            {
                case IVariableDeclarationGroupOperation group:
                    foreach (var declarator in group.Declarations.SelectMany(d => d.Declarators))
                    {
                        var initial = declarator.GetVariableInitializer();
                        var key = initial == null ? null : Value(initial.Value, state);
                        Bind(state, declarator.Symbol, key ?? Fresh(declarator.Symbol.Name));
                    }

                    return null;
                case IConversionOperation conversion:
                    return Value(conversion.Operand, state, use);
                case IParenthesizedOperation parenthesized:
                    return Value(parenthesized.Operand, state, use);
                case ILocalReferenceOperation local:
                    return Used(local, state.Values.TryGetValue(local.Local, out var l) ? l : Bind(state, local.Local, Fresh(local.Local.Name)).Values[local.Local], state, use);
                case IParameterReferenceOperation parameter:
                    return Used(parameter, state.Values[parameter.Parameter], state, use);
                case IInstanceReferenceOperation:
                    return "this";
                case IConditionalAccessInstanceOperation:
                    return _conditionalReceivers.Peek();
                case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                    var member = (IMemberReferenceOperation)operation;
                    var receiver = member.Instance == null ? member.Member.ContainingType.Name : Value(member.Instance, state);
                    return Used(operation, receiver == null ? null : state.Canonical(receiver + "." + member.Member.Name), state, use);
                case IConditionalAccessOperation access:
                    _conditionalReceivers.Push(Value(access.Operation, state));
                    Value(access.WhenNotNull, state);
                    _conditionalReceivers.Pop();
                    return null;
                case ISimpleAssignmentOperation assignment:
                    var stored = Value(assignment.Value, state) ?? Fresh("value");
                    Store(assignment.Target, stored, state);
                    return stored;
                case IInvocationOperation call:
                    return Call(call, state);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } compare when IsNull(compare.LeftOperand) || IsNull(compare.RightOperand):
                    NullTested(IsNull(compare.LeftOperand) ? compare.RightOperand : compare.LeftOperand, state);
                    return null;
                case IAnonymousFunctionOperation or IDelegateCreationOperation or ILocalFunctionOperation:
                    return null; // bodies of their own: not on this method's paths
                default:
                    foreach (var child in operation.ChildOperations)
                    {
                        Value(child, state);
                    }

                    return null;
            }
        }

        /// <summary>The value of a null test's operand: reading the reference is not a use of the object it points to.</summary>
        private string? NullTested(IOperation operand, PathState state) => Value(operand, state, use: false);

        /// <summary>Assignment: a local or parameter now holds the stored value; a member path is read through and now denotes it.</summary>
        private void Store(IOperation target, string stored, PathState state)
        {
            switch (target)
            {
                case ILocalReferenceOperation local:
                    Bind(state, local.Local, stored);
                    break;
                case IParameterReferenceOperation parameter:
                    Bind(state, parameter.Parameter, stored);
                    break;
                case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                    var member = (IMemberReferenceOperation)target;
                    var receiver = member.Instance == null ? member.Member.ContainingType.Name : Value(member.Instance, state);
                    if (receiver != null)
                    {
                        state.SameAs[state.Canonical(receiver) + "." + member.Member.Name] = stored;
                    }

                    break;
                default:
                    Value(target, state);
                    break;
            }
        }

        /// <summary>A read of the value at <paramref name="key"/> by <paramref name="operation"/> (unless it only tests the reference).</summary>
        private string? Used(IOperation operation, string? key, PathState state, bool use)
        {
            if (use && key != null)
            {
                Check(operation.Type, key, operation.Syntax, state);
            }

            return key;
        }

        /// <summary>
        /// A use of the value <paramref name="key"/> at <paramref name="at"/>: if its type is guarded and its guard lost
        /// the method's last reference after the value came to be, the order is broken here.
        /// </summary>
        private void Check(ITypeSymbol? type, string key, SyntaxNode at, PathState state)
        {
            if (ContractReader.GuardOf(type) is { } guard
                && state.Gone.TryGetValue((state.Canonical(key + "." + guard.Member), guard.Counter), out var gone)
                && Born(key) < gone.Step)
            {
                _violations.Add($"{Where(gone.Release)} drops the last '{guard.Counter}' reference on the guard, then {Where(at)} uses the object");
            }
        }

        /// <summary>
        /// A call: receiver and arguments first, then its contract: releases (objects before their guards, as one
        /// call that drops both does), acquisitions, pending [TryAcquires], and [Aliases].
        /// </summary>
        private string? Call(IInvocationOperation call, PathState state)
        {
            var method = call.TargetMethod;
            var instance = call.Instance == null ? null : Value(call.Instance, state);
            var arguments = new Dictionary<string, (string? Key, ITypeSymbol Type)>();
            foreach (var argument in call.Arguments)
            {
                arguments[argument.Parameter!.Name] = (Value(argument.Value, state), argument.Parameter.Type);
            }

            if (method.ContainingType.ToDisplayString() == "System.Threading.Interlocked" && method.Name == "Exchange" && call.Arguments.Length == 2)
            {
                // xchg: the old value comes back, the location now holds the new one.
                var old = arguments[method.Parameters[0].Name].Key ?? Fresh("exchanged");
                Store(call.Arguments[0].Value, arguments[method.Parameters[1].Name].Key ?? Fresh("value"), state);
                return old;
            }

            var result = Fresh(method.Name);
            (string Key, ITypeSymbol? Type) Resolve(string target)
            {
                var segments = target.Split('.');
                var (key, type) = segments[0] switch
                {
                    "this" => (instance ?? Fresh("this"), call.Instance?.Type),
                    "return" => (result, method.ReturnType),
                    _ => arguments.TryGetValue(segments[0], out var a) ? (a.Key ?? Fresh(segments[0]), a.Type) : (Fresh(segments[0]), (ITypeSymbol?)null),
                };
                return (state.Canonical(string.Join(".", new[] { key }.Concat(segments.Skip(1)))), MemberPathType(type, segments.Skip(1)));
            }

            foreach (var (key, type, counter) in ContractReader.Releases(method)
                .Select(r => { var (k, t) = Resolve(r.Target); return (k, t, r.Counter ?? ContractReader.DefaultCounter(t)); })
                .OrderBy(r => ContractReader.GuardOf(r.t) == null))
            {
                Check(type, key, call.Syntax, state); // releasing the object is a use of it
                int before = state.HeldCount(key, counter);
                state.Held[(key, counter)] = before > 0 ? before - 1 : 0;
                if (before <= 1)
                {
                    state.Gone[(key, counter)] = (++_step, call.Syntax);
                }
            }

            foreach (var acquire in ContractReader.Acquires(method))
            {
                var (key, type) = Resolve(acquire.Target);
                var counter = acquire.Counter ?? ContractReader.DefaultCounter(type);
                state.Held[(key, counter)] = state.HeldCount(key, counter) + 1;
            }

            foreach (var attempt in ContractReader.TryAcquires(method))
            {
                var (key, type) = Resolve(attempt.Target);
                if (!state.Pending.TryGetValue(result, out var list))
                {
                    state.Pending[result] = list = new List<(string, string)>();
                }

                list.Add((key, attempt.Counter ?? ContractReader.DefaultCounter(type)));
            }

            foreach (var (path, other) in ContractReader.Aliases(method))
            {
                var (a, _) = Resolve(path);
                var (b, _) = Resolve(other);
                if (a != b)
                {
                    // The path through the returned value is the one renamed, so existing values keep their keys.
                    var (from, to) = path.StartsWith("return", System.StringComparison.Ordinal) ? (a, b) : (b, a);
                    state.SameAs[from] = to;
                }
            }

            return result;
        }
    }
}
