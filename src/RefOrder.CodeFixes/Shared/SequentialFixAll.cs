using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>
    /// Applies fixes one after the other, each re-planned on the solution the previous ones left. The nodes of every
    /// diagnostic (its location and its first additional location, which may be in another document) are marked
    /// first, so later fixes find them in the rewritten trees. A batch merge of independently computed edits
    /// would drop or garble fixes that touch the same block or the same liveness site.
    /// </summary>
    internal static class SequentialFixAll
    {
        /// <summary>
        /// One fix: the current solution, the tracked nodes (with their documents) at the diagnostic's location and
        /// additional location, the diagnostic's properties, and the equivalence key fix all was asked for; returns
        /// the fixed solution, or null when the fix no longer applies.
        /// </summary>
        public delegate Task<Solution?> FixOne(Solution solution, TrackedNode node, TrackedNode? related, ImmutableDictionary<string, string?> properties, string? equivalenceKey, CancellationToken cancellation);

        /// <summary>Fixes <paramref name="diagnostics"/> in document and source order.</summary>
        public static async Task<Solution> FixAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, FixOne fix, string? equivalenceKey, CancellationToken cancellation)
        {
            var marks = new Dictionary<DocumentId, Dictionary<SyntaxNode, List<SyntaxAnnotation>>>();
            var work = new List<(Mark Node, Mark? Related, ImmutableDictionary<string, string?> Properties)>();
            var ordered = diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start);
            foreach (var diagnostic in ordered)
            {
                var node = await MarkAsync(solution, diagnostic.Location, marks, cancellation).ConfigureAwait(false);
                var extra = diagnostic.AdditionalLocations.FirstOrDefault();
                var related = extra == null ? null : await MarkAsync(solution, extra, marks, cancellation).ConfigureAwait(false);
                if (node != null)
                {
                    work.Add((node, related, diagnostic.Properties));
                }
            }

            foreach (var pair in marks)
            {
                var root = (await solution.GetDocument(pair.Key)!.GetSyntaxRootAsync(cancellation).ConfigureAwait(false))!;
                root = root.ReplaceNodes(pair.Value.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(pair.Value[original]));
                solution = solution.WithDocumentSyntaxRoot(pair.Key, root);
            }

            foreach (var (nodeMark, relatedMark, properties) in work)
            {
                cancellation.ThrowIfCancellationRequested();
                var node = await FindAsync(solution, nodeMark, cancellation).ConfigureAwait(false);
                var related = relatedMark == null ? null : await FindAsync(solution, relatedMark, cancellation).ConfigureAwait(false);
                if (node != null)
                {
                    solution = await fix(solution, node, related, properties, equivalenceKey, cancellation).ConfigureAwait(false) ?? solution;
                }
            }

            return solution;
        }

        private static async Task<Mark?> MarkAsync(Solution solution, Location location, Dictionary<DocumentId, Dictionary<SyntaxNode, List<SyntaxAnnotation>>> marks, CancellationToken cancellation)
        {
            var document = location.IsInSource ? solution.GetDocument(location.SourceTree) : null;
            var root = document == null ? null : await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
            if (document == null || root == null || !root.FullSpan.Contains(location.SourceSpan))
            {
                return null;
            }

            var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            if (!marks.TryGetValue(document.Id, out var nodes))
            {
                marks[document.Id] = nodes = new Dictionary<SyntaxNode, List<SyntaxAnnotation>>();
            }

            if (!nodes.TryGetValue(node, out var annotations))
            {
                nodes[node] = annotations = new List<SyntaxAnnotation>();
            }

            var annotation = new SyntaxAnnotation(nameof(SequentialFixAll));
            annotations.Add(annotation);
            return new Mark(document.Id, annotation);
        }

        private static async Task<TrackedNode?> FindAsync(Solution solution, Mark mark, CancellationToken cancellation)
        {
            var document = solution.GetDocument(mark.Document);
            var root = document == null ? null : await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
            var node = root?.GetAnnotatedNodes(mark.Annotation).FirstOrDefault();
            return node == null ? null : new TrackedNode(mark.Document, node);
        }

        private sealed class Mark
        {
            public Mark(DocumentId document, SyntaxAnnotation annotation)
            {
                Document = document;
                Annotation = annotation;
            }

            public DocumentId Document { get; }

            public SyntaxAnnotation Annotation { get; }
        }
    }

    /// <summary>A node of the current solution and the document it is in.</summary>
    internal sealed class TrackedNode
    {
        public TrackedNode(DocumentId document, SyntaxNode node)
        {
            Document = document;
            Node = node;
        }

        public DocumentId Document { get; }

        public SyntaxNode Node { get; }
    }
}
