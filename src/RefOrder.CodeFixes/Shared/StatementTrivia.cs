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

        /// <summary>True when any trivia of <paramref name="node"/> (leading, inner or trailing) is a preprocessor directive.</summary>
        public static bool HasDirectives(SyntaxNode node) => node.ContainsDirectives;

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
