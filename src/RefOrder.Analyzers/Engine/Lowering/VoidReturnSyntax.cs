using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace RefOrder.Analyzers.Engine.Lowering
{
    /// <summary>
    /// The <c>return;</c> statement an edge to the body's exit stands for. Roslyn's graph keeps no trace of a
    /// <c>return;</c> without a value: it is only a branch to the exit, like the end of the body. An exit finding on
    /// such a path is then shown at the <c>return;</c> the reader wrote (and fixed there), not at the closing brace.
    /// Only shapes whose meaning is certain are recognised; anything else stays "the end of the body".
    /// </summary>
    internal static class VoidReturnSyntax
    {
        /// <param name="block">The block the edge leaves.</param>
        /// <param name="when">For a conditional block: the value of its test on this edge.</param>
        public static ReturnStatementSyntax? Of(BasicBlock block, bool? when)
        {
            if (when is bool taken && block.BranchValue != null)
            {
                // `if (test) return;` or `… else return;`: the test is the whole condition of an if.
                var test = block.BranchValue.Syntax;
                if (test.Parent is IfStatementSyntax statement && statement.Condition == test)
                {
                    return FirstReturn(taken ? statement.Statement : statement.Else?.Statement);
                }

                return null;
            }

            // A block that falls through to the exit: the statement after its last operation's statement.
            if (block.Operations.IsEmpty)
            {
                return null;
            }

            var last = block.Operations[block.Operations.Length - 1].Syntax.FirstAncestorOrSelf<StatementSyntax>();
            if (last?.Parent is BlockSyntax parent)
            {
                int at = parent.Statements.IndexOf(last);
                return at + 1 < parent.Statements.Count ? Valueless(parent.Statements[at + 1]) : null;
            }

            if (last?.Parent is SwitchSectionSyntax section)
            {
                int at = section.Statements.IndexOf(last);
                return at + 1 < section.Statements.Count ? Valueless(section.Statements[at + 1]) : null;
            }

            return null;
        }

        private static ReturnStatementSyntax? FirstReturn(StatementSyntax? statement) => statement switch
        {
            BlockSyntax { Statements.Count: > 0 } block => Valueless(block.Statements[0]),
            _ => Valueless(statement),
        };

        private static ReturnStatementSyntax? Valueless(StatementSyntax? statement) =>
            statement is ReturnStatementSyntax { Expression: null } r ? r : null;
    }
}
