using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>
    /// Removes every attribute list from C# source. Applied to the annotated prelude and corpus it gives the
    /// same code as a project that never adopted RefOrder's annotations would have.
    /// </summary>
    internal static class AttributeStripper
    {
        public static string Strip(string source)
        {
            var root = CSharpSyntaxTree.ParseText(source).GetRoot();
            var attributeLists = root.DescendantNodes().OfType<AttributeListSyntax>();

            // Keeping the lists' leading trivia keeps the declarations they sat on indented as before.
            return root.RemoveNodes(attributeLists, SyntaxRemoveOptions.KeepLeadingTrivia)!.ToFullString();
        }
    }
}
