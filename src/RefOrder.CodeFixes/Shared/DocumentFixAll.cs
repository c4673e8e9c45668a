using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>
    /// Fix all for fixes that rewrite one document: the diagnostics of a document are fixed one after the other,
    /// each re-planned on the document as the previous fixes left it. A batch merge of independently computed
    /// edits would drop or garble fixes that touch the same block (two puts moved above the same guard).
    /// </summary>
    internal static class DocumentFixAll
    {
        /// <summary>
        /// One fix: given the current document and the (tracked) nodes at the diagnostic's location and at its first
        /// additional location in the same document, returns the fixed document or null when the fix no longer applies.
        /// </summary>
        public delegate Task<Document?> FixOne(Document document, SyntaxNode node, SyntaxNode? related, CancellationToken cancellation);

        public static FixAllProvider Create(FixOne fix) =>
            FixAllProvider.Create((context, document, diagnostics) => FixDocumentAsync(document, diagnostics, fix, context.CancellationToken));

        /// <summary>Fixes <paramref name="diagnostics"/> of <paramref name="document"/> in source order.</summary>
        public static async Task<Document?> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, FixOne fix, CancellationToken cancellation)
        {
            var root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
            if (root == null || diagnostics.IsEmpty)
            {
                return null;
            }

            // Mark every node first: later fixes find theirs by annotation in the rewritten trees.
            var marks = new Dictionary<SyntaxNode, List<SyntaxAnnotation>>();
            var work = new List<(SyntaxAnnotation Node, SyntaxAnnotation? Related)>();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                var node = Mark(root, diagnostic.Location, marks);
                var extra = diagnostic.AdditionalLocations.FirstOrDefault();
                var related = extra != null && extra.SourceTree == root.SyntaxTree ? Mark(root, extra, marks) : null;
                if (node != null)
                {
                    work.Add((node, related));
                }
            }

            root = root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original]));
            document = document.WithSyntaxRoot(root);
            foreach (var (nodeMark, relatedMark) in work)
            {
                cancellation.ThrowIfCancellationRequested();
                root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
                var node = root?.GetAnnotatedNodes(nodeMark).FirstOrDefault();
                var related = relatedMark == null ? null : root?.GetAnnotatedNodes(relatedMark).FirstOrDefault();
                if (node != null)
                {
                    document = await fix(document, node, related, cancellation).ConfigureAwait(false) ?? document;
                }
            }

            return document;
        }

        private static SyntaxAnnotation? Mark(SyntaxNode root, Location location, Dictionary<SyntaxNode, List<SyntaxAnnotation>> marks)
        {
            if (!location.IsInSource || !root.FullSpan.Contains(location.SourceSpan))
            {
                return null;
            }

            var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            var annotation = new SyntaxAnnotation(nameof(DocumentFixAll));
            if (!marks.TryGetValue(node, out var list))
            {
                marks[node] = list = new List<SyntaxAnnotation>();
            }

            list.Add(annotation);
            return annotation;
        }
    }
}
