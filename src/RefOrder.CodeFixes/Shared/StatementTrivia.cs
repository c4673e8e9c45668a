using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>
    /// Splits a statement's leading trivia into the blank lines that separate it from the statement above
    /// (they belong to the place) and the rest — comments and indentation — that belong to the statement and
    /// travel with it when it moves.
    /// </summary>
    internal static class StatementTrivia
    {
        /// <summary>The leading blank lines of <paramref name="node"/> and everything after them.</summary>
        public static (SyntaxTriviaList Separator, SyntaxTriviaList Own) Split(SyntaxNode node)
        {
            var leading = node.GetLeadingTrivia();
            int end = 0; // exclusive end of the blank-line prefix
            for (int i = 0; i < leading.Count; i++)
            {
                var kind = leading[i].Kind();
                if (kind == SyntaxKind.EndOfLineTrivia)
                {
                    end = i + 1;
                }
                else if (kind != SyntaxKind.WhitespaceTrivia)
                {
                    break;
                }
            }

            return (Slice(leading, 0, end), Slice(leading, end, leading.Count));
        }

        /// <summary>The indentation of a statement that starts its line: the whitespace right before its first token.</summary>
        public static SyntaxTriviaList Indentation(SyntaxNode node)
        {
            var leading = node.GetLeadingTrivia();
            return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
                ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
                : SyntaxFactory.TriviaList();
        }

        /// <summary>The document's own line break, so a CRLF file stays CRLF.</summary>
        public static SyntaxTrivia LineBreak(SyntaxNode node)
        {
            var eol = node.SyntaxTree.GetRoot().DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return eol.IsKind(SyntaxKind.EndOfLineTrivia) ? eol : SyntaxFactory.CarriageReturnLineFeed;
        }

        /// <summary><paramref name="trivia"/> ending in a line break (added when it does not).</summary>
        public static SyntaxTriviaList EndingLine(SyntaxTriviaList trivia, SyntaxTrivia lineBreak) =>
            trivia.Count > 0 && trivia[trivia.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia) ? trivia : trivia.Add(lineBreak);

        private static SyntaxTriviaList Slice(SyntaxTriviaList list, int start, int end)
        {
            var result = SyntaxFactory.TriviaList();
            for (int i = start; i < end; i++)
            {
                result = result.Add(list[i]);
            }

            return result;
        }
    }
}
