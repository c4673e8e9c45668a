using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>Adds <c>[HoldsRef(Counter = …)]</c> to a field or property, and the <c>using RefOrder;</c> it needs.</summary>
    internal static class HoldsRefMarker
    {
        private const string AttributeMetadataName = "RefOrder.HoldsRefAttribute";

        private static readonly SyntaxAnnotation Added = new SyntaxAnnotation(nameof(HoldsRefMarker));

        public static bool IsMarked(ISymbol member) =>
            member.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeMetadataName);

        /// <summary>
        /// <paramref name="declaration"/> with the attribute on a line of its own, after the doc comment and any
        /// attributes already there. The counter is written whenever known: explicit beats "the only one".
        /// </summary>
        public static MemberDeclarationSyntax Mark(MemberDeclarationSyntax declaration, string? counter)
        {
            var arguments = counter == null
                ? null
                : SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(counter)))
                        .WithNameEquals(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("Counter"), SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)))));
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("HoldsRef"), arguments)))
                .WithAdditionalAnnotations(Added);
            var indentation = StatementTrivia.Indentation(declaration);
            var lineBreak = StatementTrivia.LineBreak(declaration);
            if (declaration.AttributeLists.Count > 0)
            {
                return declaration.WithAttributeLists(declaration.AttributeLists.Add(list.WithLeadingTrivia(indentation).WithTrailingTrivia(lineBreak)));
            }

            var leading = declaration.GetLeadingTrivia();
            return declaration.WithLeadingTrivia(indentation)
                .WithAttributeLists(SyntaxFactory.SingletonList(list.WithLeadingTrivia(leading).WithTrailingTrivia(lineBreak)));
        }

        /// <summary>
        /// Makes the added attribute bind: adds <c>using RefOrder;</c> to the document when <c>HoldsRef</c> does not
        /// resolve there, and qualifies the name if even that does not help (a clash with another HoldsRef).
        /// </summary>
        public static async Task<Solution> ImportNamespaceAsync(Solution solution, DocumentId id, CancellationToken cancellation)
        {
            var document = solution.GetDocument(id);
            if (document == null || await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false) is not CompilationUnitSyntax root)
            {
                return solution;
            }

            if (await BindsAsync(document, cancellation).ConfigureAwait(false))
            {
                return solution;
            }

            document = document.WithSyntaxRoot(WithUsing(root));
            if (!await BindsAsync(document, cancellation).ConfigureAwait(false))
            {
                root = (CompilationUnitSyntax)(await solution.GetDocument(id)!.GetSyntaxRootAsync(cancellation).ConfigureAwait(false))!;
                var added = root.GetAnnotatedNodes(Added).OfType<AttributeListSyntax>().SelectMany(l => l.Attributes).ToList();
                document = document.WithSyntaxRoot(root.ReplaceNodes(added, (a, _) => a.WithName(SyntaxFactory.ParseName("global::RefOrder.HoldsRef"))));
            }

            return document.Project.Solution;
        }

        private static async Task<bool> BindsAsync(Document document, CancellationToken cancellation)
        {
            var root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return false;
            }

            return root.GetAnnotatedNodes(Added).OfType<AttributeListSyntax>().SelectMany(l => l.Attributes)
                .All(a => model.GetSymbolInfo(a, cancellation).Symbol?.ContainingType?.ToDisplayString() == AttributeMetadataName);
        }

        /// <summary>
        /// <paramref name="root"/> with <c>using RefOrder;</c> among its usings (System ones first, then by name), or
        /// as the first using, after the file header and followed by a blank line.
        /// </summary>
        private static CompilationUnitSyntax WithUsing(CompilationUnitSyntax root)
        {
            var lineBreak = StatementTrivia.LineBreak(root);
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("RefOrder").WithLeadingTrivia(SyntaxFactory.Space))
                .WithTrailingTrivia(lineBreak);
            if (root.Usings.Count == 0)
            {
                var first = root.GetFirstToken(includeZeroWidth: true);
                var header = first.LeadingTrivia;
                return root.ReplaceToken(first, first.WithLeadingTrivia(lineBreak))
                    .WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(header)));
            }

            int index = 0;
            while (index < root.Usings.Count && Before(root.Usings[index], "RefOrder"))
            {
                index++;
            }

            return root.WithUsings(root.Usings.Insert(index, directive));
        }

        private static bool Before(UsingDirectiveSyntax existing, string name)
        {
            if (existing.Alias != null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.Name == null)
            {
                return false; // static and alias usings go after the namespace ones
            }

            string text = existing.Name.ToString();
            bool system = text == "System" || text.StartsWith("System.", System.StringComparison.Ordinal);
            return system || string.CompareOrdinal(text, name) < 0;
        }
    }
}
