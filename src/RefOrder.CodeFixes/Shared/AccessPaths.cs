using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>
    /// Maps a call's contract back onto the caller's syntax: which argument expressions a [Releases] or [Acquires]
    /// names, and the variable an access path such as <c>nf.NfNet</c> is rooted at.
    /// </summary>
    internal static class AccessPaths
    {
        /// <summary>
        /// The argument (or receiver) operation a contract path is rooted at in <paramref name="call"/>, or null
        /// when the path is rooted at the return value or the argument is not given explicitly.
        /// </summary>
        public static IOperation? RootArgument(IInvocationOperation call, ContractPath path)
        {
            switch (path.Root)
            {
                case PathRootKind.This:
                    return call.Instance;
                case PathRootKind.Parameter:
                    var argument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == path.ParameterOrdinal);
                    return argument is { ArgumentKind: ArgumentKind.Explicit } ? argument.Value : null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The local, parameter or field an access path starts from: <c>nf</c> for <c>nf.NfNet</c>, the field for
        /// <c>_file</c> or <c>this._file</c>. Null for anything else (calls, <c>this</c> itself, array elements).
        /// </summary>
        public static ISymbol? RootSymbol(IOperation? operation)
        {
            while (operation != null)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        break;
                    case ILocalReferenceOperation local:
                        return local.Local;
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter;
                    case IMemberReferenceOperation member when member.Instance is null or IInstanceReferenceOperation:
                        return member.Member.OriginalDefinition;
                    case IMemberReferenceOperation member:
                        operation = member.Instance;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>
        /// <paramref name="roots"/> plus every local that is a plain copy of one of them (or that one of them was
        /// copied from) anywhere in <paramref name="body"/>: a use of such a copy is a use of the same object.
        /// </summary>
        public static HashSet<ISymbol> WithCopies(IOperation body, IEnumerable<ISymbol> roots)
        {
            var set = new HashSet<ISymbol>(roots, SymbolEqualityComparer.Default);
            var copies = new List<(ISymbol Target, ISymbol Source)>();
            foreach (var operation in body.Descendants())
            {
                switch (operation)
                {
                    case ISimpleAssignmentOperation assignment when Direct(assignment.Target) is { } target && Direct(assignment.Value) is { } source:
                        copies.Add((target, source));
                        break;
                    case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } init && Direct(init.Value) is { } value:
                        copies.Add((declarator.Symbol, value));
                        break;
                }
            }

            for (bool changed = true; changed;)
            {
                changed = false;
                foreach (var (target, source) in copies)
                {
                    if (set.Contains(target) != set.Contains(source))
                    {
                        changed |= set.Add(target) | set.Add(source);
                    }
                }
            }

            return set;
        }

        /// <summary>A local or parameter referenced as a whole (not through a member), conversions aside.</summary>
        private static ISymbol? Direct(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
        }
    }
}
