using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RefOrder.Benchmarks.Corpora;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>
    /// Removes attributes from C# source. Applied to the annotated prelude and corpus it gives the same code
    /// as a project that never adopted RefOrder's annotations would have.
    /// </summary>
    internal static class AttributeStripper
    {
        /// <summary>The annotation assembly's attribute types, with and without the Attribute suffix.</summary>
        private static readonly Lazy<HashSet<string>> RefOrderAttributeNames = new Lazy<HashSet<string>>(() =>
            typeof(LiveAttribute).Assembly.GetExportedTypes()
                .Where(type => typeof(Attribute).IsAssignableFrom(type))
                .SelectMany(type => new[] { type.Name, type.Name.EndsWith("Attribute", StringComparison.Ordinal) ? type.Name[..^"Attribute".Length] : type.Name })
                .ToHashSet(StringComparer.Ordinal));

        /// <summary>
        /// Every attribute list (generated code carries no attribute but RefOrder's) and the <c>using RefOrder;</c>
        /// that imported them: the code of a project that references the annotations and never adopted them.
        /// </summary>
        public static string Strip(string source)
        {
            var root = CSharpSyntaxTree.ParseText(source).GetRoot();
            var attributeLists = root.DescendantNodes().OfType<SyntaxNode>()
                .Where(node => node is AttributeListSyntax || node is UsingDirectiveSyntax { Alias: null, Name: IdentifierNameSyntax { Identifier.ValueText: "RefOrder" } });

            // Keeping the lists' leading trivia keeps the declarations they sat on indented as before.
            return root.RemoveNodes(attributeLists, SyntaxRemoveOptions.KeepLeadingTrivia)!.ToFullString();
        }

        /// <summary>
        /// RefOrder's attributes only, by simple name (<c>Live</c>, <c>LiveAttribute</c>, <c>RefOrder.Live</c>):
        /// real code keeps the attributes it needs to compile ([Fact], [DiagnosticAnalyzer], [Flags]…).
        /// A list left empty goes; a list with others keeps them.
        /// </summary>
        public static string StripRefOrder(string source)
        {
            var root = CSharpSyntaxTree.ParseText(source).GetRoot();
            var removed = new List<SyntaxNode>();
            foreach (var list in root.DescendantNodes().OfType<AttributeListSyntax>())
            {
                var ours = list.Attributes.Where(IsRefOrder).ToList();
                if (ours.Count == list.Attributes.Count)
                {
                    removed.Add(list);
                }
                else
                {
                    removed.AddRange(ours);
                }
            }

            return removed.Count == 0
                ? source
                : root.RemoveNodes(removed, SyntaxRemoveOptions.KeepLeadingTrivia)!.ToFullString();
        }

        public static SourceFile StripRefOrder(SourceFile source) => source with { Text = StripRefOrder(source.Text) };

        private static bool IsRefOrder(AttributeSyntax attribute)
        {
            var name = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            return RefOrderAttributeNames.Value.Contains(name);
        }

    }
}
