using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>Removing and inserting runs of statements while keeping the blank lines and comments of the places around them.</summary>
    internal static class StatementEdits
    {
        /// <summary>
        /// Removes <paramref name="run"/> (consecutive statements of one block or switch section) with its own comments; the statement
        /// after it takes over the run's blank-line separation from what precedes.
        /// </summary>
        public static void RemoveRun(SyntaxEditor editor, IReadOnlyList<StatementSyntax> run)
        {
            var statements = PutStatements.ListOf(run[0].Parent)!.Value;
            int after = statements.IndexOf(run[run.Count - 1]) + 1;
            foreach (var statement in run)
            {
                editor.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);
            }

            if (after < statements.Count)
            {
                var separator = StatementTrivia.Split(run[0]).Separator;
                editor.ReplaceNode(statements[after], (current, _) => current.WithLeadingTrivia(separator.AddRange(StatementTrivia.Split(current).Own)));
            }
        }

        /// <summary>
        /// Inserts <paramref name="statements"/> just before <paramref name="place"/>, indented like it; the place's
        /// blank lines now precede the inserted run, its comments stay on it.
        /// </summary>
        public static void InsertBefore(SyntaxEditor editor, StatementSyntax place, IReadOnlyList<StatementSyntax> statements)
        {
            if (statements.Count == 0)
            {
                return;
            }

            var (separator, own) = StatementTrivia.Split(place);
            var indentation = StatementTrivia.Indentation(place);
            var lineBreak = StatementTrivia.LineBreak(place);
            var inserted = statements.Select((s, i) => s
                .WithLeadingTrivia(i == 0 ? separator.AddRange(indentation) : indentation)
                .WithTrailingTrivia(StatementTrivia.EndingLine(s.GetTrailingTrivia(), lineBreak)));
            editor.InsertBefore(place, inserted);
            editor.ReplaceNode(place, (current, _) => current.WithLeadingTrivia(own));
        }

        /// <summary>
        /// Inserts <paramref name="statements"/> just after <paramref name="place"/>, indented like it; the statements'
        /// comments travel with them, their blank lines stay where they were.
        /// </summary>
        public static void InsertAfter(SyntaxEditor editor, StatementSyntax place, IReadOnlyList<StatementSyntax> statements)
        {
            var indentation = StatementTrivia.Indentation(place);
            var lineBreak = StatementTrivia.LineBreak(place);
            var inserted = statements.Select(s => s
                .WithLeadingTrivia(SyntaxFactory.TriviaList(StatementTrivia.Split(s).Own.SelectMany(t => t.IsKind(SyntaxKind.WhitespaceTrivia) ? indentation : SyntaxFactory.TriviaList(t))))
                .WithTrailingTrivia(StatementTrivia.EndingLine(s.GetTrailingTrivia(), lineBreak)));
            editor.InsertAfter(place, inserted);
        }
    }
}
