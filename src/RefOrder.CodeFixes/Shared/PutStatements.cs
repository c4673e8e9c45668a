using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>What both RO0001 moves need to know about the statements they move: which statement a call is, what it releases, whether it locks.</summary>
    internal static class PutStatements
    {
        /// <summary>The statement a call is the whole of, or an expression directly inside (not within a lambda).</summary>
        public static StatementSyntax? OwnStatement(SyntaxNode node)
        {
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                if (ancestor is StatementSyntax statement)
                {
                    return statement;
                }

                if (ControlTransfers.IsSeparateBody(ancestor))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>The variables the call's [Releases] targets are rooted at; null when one cannot be named.</summary>
        public static List<ISymbol>? ReleasedRoots(SemanticModel model, IInvocationOperation call)
        {
            var releases = ContractTable.For(model.Compilation).GetMethod(call.TargetMethod).Releases;
            var roots = new List<ISymbol>();
            foreach (var effect in releases)
            {
                if (AccessPaths.RootSymbol(AccessPaths.RootArgument(call, effect.Target)) is not { } root)
                {
                    return null;
                }

                roots.Add(root);
            }

            return roots.Count == 0 ? null : roots;
        }

        /// <summary>
        /// <paramref name="stem"/>, or <paramref name="stem"/> with the first number that makes it, an identifier used
        /// nowhere in <paramref name="owner"/>: a new local must not clash with any name in scope there, even a later one.
        /// </summary>
        public static string UniqueName(SyntaxNode owner, string stem)
        {
            var used = new HashSet<string>(owner.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
            return Enumerable.Range(0, int.MaxValue).Select(i => i == 0 ? stem : stem + i).First(n => !used.Contains(n));
        }

        /// <summary>The statements of a block or of a switch section: the lists the fixes move statements within.</summary>
        public static SyntaxList<StatementSyntax>? ListOf(SyntaxNode? container) => container switch
        {
            BlockSyntax block => block.Statements,
            SwitchSectionSyntax section => section.Statements,
            _ => null,
        };

        /// <summary>The contract of the call a statement consists of (<c>RcuReadLock();</c>), or null for any other statement.</summary>
        public static MethodContract? CallContract(SemanticModel model, StatementSyntax statement, CancellationToken cancellation) =>
            statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
            && model.GetOperation(invocation, cancellation) is IInvocationOperation call
                ? ContractTable.For(model.Compilation).GetMethod(call.TargetMethod)
                : null;

        public static bool CallsLockingMethod(SemanticModel model, StatementSyntax statement, CancellationToken cancellation) =>
            CallContract(model, statement, cancellation) is { Locks.IsEmpty: false };

        /// <summary>
        /// True when a statement of <paramref name="range"/> names one of <paramref name="objects"/>; lambdas count, a
        /// closure over the object may run there.
        /// </summary>
        public static bool Touches(SemanticModel model, IEnumerable<SyntaxNode> range, HashSet<ISymbol> objects, CancellationToken cancellation) =>
            range.SelectMany(s => s.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
                .Any(name => model.GetSymbolInfo(name, cancellation).Symbol is { } symbol && objects.Contains(symbol.OriginalDefinition));
    }
}
