using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>
    /// Whether control can leave or enter a run of statements other than by falling through. Moving a statement
    /// across such a run would change which paths execute it, so the fixes refuse.
    /// </summary>
    internal static class ControlTransfers
    {
        /// <summary>
        /// True when a statement of <paramref name="range"/> contains a label, a return, a throw, a goto, a yield,
        /// or a break/continue whose loop or switch lies outside the range. Lambdas and local functions are
        /// separate bodies and are skipped.
        /// </summary>
        public static bool Any(IReadOnlyList<StatementSyntax> range)
        {
            foreach (var statement in range)
            {
                foreach (var node in statement.DescendantNodesAndSelf(n => !IsSeparateBody(n)))
                {
                    switch (node)
                    {
                        case LabeledStatementSyntax:
                        case ReturnStatementSyntax:
                        case ThrowStatementSyntax:
                        case ThrowExpressionSyntax:
                        case GotoStatementSyntax:
                        case YieldStatementSyntax:
                            return true;
                        case BreakStatementSyntax:
                        case ContinueStatementSyntax:
                            if (!TargetInside(node, range))
                            {
                                return true;
                            }

                            break;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The jumps by which control leaves <paramref name="range"/> early — <c>return;</c> without a value, and a
        /// break or continue whose loop or switch lies outside — or null when the range has any other transfer
        /// (a label, a goto, a throw, a yield, a return of a value).
        /// </summary>
        public static List<StatementSyntax>? Exits(IReadOnlyList<StatementSyntax> range)
        {
            var exits = new List<StatementSyntax>();
            foreach (var node in range.SelectMany(s => s.DescendantNodesAndSelf(n => !IsSeparateBody(n))))
            {
                switch (node)
                {
                    case ReturnStatementSyntax { Expression: null } plain:
                        exits.Add(plain);
                        break;
                    case BreakStatementSyntax or ContinueStatementSyntax when !TargetInside(node, range):
                        exits.Add((StatementSyntax)node);
                        break;
                    case LabeledStatementSyntax or ReturnStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax or GotoStatementSyntax or YieldStatementSyntax:
                        return null;
                }
            }

            return exits;
        }

        /// <summary>The node whose body a statement belongs to: a method, constructor, accessor, lambda or local function.</summary>
        public static bool IsBodyOwner(SyntaxNode node) =>
            node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax || IsSeparateBody(node);

        /// <summary>Lambdas, anonymous methods and local functions: their jumps leave only their own body.</summary>
        public static bool IsSeparateBody(SyntaxNode node) =>
            node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

        private static bool TargetInside(SyntaxNode jump, IReadOnlyList<StatementSyntax> range)
        {
            bool isBreak = jump is BreakStatementSyntax;
            foreach (var ancestor in jump.Ancestors())
            {
                bool target = ancestor is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                    || (isBreak && ancestor is SwitchStatementSyntax);
                if (target)
                {
                    return range.Any(s => s.Span.Contains(ancestor.Span));
                }
            }

            return false;
        }
    }
}
