using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// RO0002's liveness site as syntax: a statement <c>nf.NfNet = net;</c> in a block, storing a local or parameter
    /// (the live value, <c>net</c>) into the member on a local, a parameter or <c>this</c> (the holder, <c>nf</c>).
    /// </summary>
    internal sealed class LivenessSiteSyntax
    {
        private LivenessSiteSyntax(StatementSyntax statement, ExpressionSyntax holder, ExpressionSyntax value)
        {
            Statement = statement;
            Holder = holder;
            Value = value;
        }

        public StatementSyntax Statement { get; }

        /// <summary>The object whose member is set, as an expression valid at the site (<c>this</c> when implicit).</summary>
        public ExpressionSyntax Holder { get; }

        /// <summary>The live value stored.</summary>
        public ExpressionSyntax Value { get; }

        public static LivenessSiteSyntax? Find(SemanticModel model, SyntaxNode node, ISymbol? member, CancellationToken cancellation)
        {
            if (member == null
                || node is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                || assignment.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax } statement
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellation).Symbol?.OriginalDefinition, member)
                || !IsVariable(model, assignment.Right, cancellation))
            {
                return null;
            }

            ExpressionSyntax? holder = assignment.Left switch
            {
                MemberAccessExpressionSyntax { Expression: var receiver } when receiver is ThisExpressionSyntax || IsVariable(model, receiver, cancellation) => receiver,
                IdentifierNameSyntax => SyntaxFactory.ThisExpression(),
                _ => null,
            };
            return holder == null ? null : new LivenessSiteSyntax(statement, holder.WithoutTrivia(), assignment.Right.WithoutTrivia());
        }

        /// <summary>A plain local or parameter: safe to name twice, since naming it has no effect.</summary>
        private static bool IsVariable(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellation) =>
            expression is IdentifierNameSyntax && model.GetSymbolInfo(expression, cancellation).Symbol is ILocalSymbol or IParameterSymbol;
    }
}
