using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>
    /// A RefOrder fix as one planning step: given the nodes at a diagnostic's location and first additional
    /// location, either a plan (a solution edit) or nothing. A fix is registered only for a plan, so no action is
    /// ever offered that would do nothing; fix all re-plans each diagnostic on the solution left by the previous one.
    /// </summary>
    public abstract class PlannedCodeFix : CodeFixProvider
    {
        private readonly string _title;
        private readonly string _equivalenceKey;
        private readonly FixAllProvider _fixAll;

        private protected PlannedCodeFix(string diagnosticId, string title, string equivalenceKey)
        {
            FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
            _title = title;
            _equivalenceKey = equivalenceKey;
            _fixAll = new SequentialFixAllProvider(title, FixOneAsync);
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => _fixAll;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var solution = context.Document.Project.Solution;
            foreach (var diagnostic in context.Diagnostics)
            {
                var node = await TrackAsync(solution, diagnostic.Location, context.CancellationToken).ConfigureAwait(false);
                var extra = diagnostic.AdditionalLocations.FirstOrDefault();
                var related = extra == null ? null : await TrackAsync(solution, extra, context.CancellationToken).ConfigureAwait(false);
                var plan = node == null ? null : await PlanAsync(solution, node, related, context.CancellationToken).ConfigureAwait(false);
                if (plan != null)
                {
                    context.RegisterCodeFix(CodeAction.Create(_title, plan, _equivalenceKey), diagnostic);
                }
            }
        }

        /// <summary>
        /// The edit that fixes the diagnostic at <paramref name="node"/> (with <paramref name="related"/> at its
        /// additional location), or null when no edit keeps the code's meaning and builds.
        /// </summary>
        private protected abstract Task<Func<CancellationToken, Task<Solution>>?> PlanAsync(Solution solution, TrackedNode node, TrackedNode? related, CancellationToken cancellation);

        private async Task<Solution?> FixOneAsync(Solution solution, TrackedNode node, TrackedNode? related, CancellationToken cancellation)
        {
            var plan = await PlanAsync(solution, node, related, cancellation).ConfigureAwait(false);
            return plan == null ? null : await plan(cancellation).ConfigureAwait(false);
        }

        private static async Task<TrackedNode?> TrackAsync(Solution solution, Location location, CancellationToken cancellation)
        {
            var document = location.IsInSource ? solution.GetDocument(location.SourceTree) : null;
            var root = document == null ? null : await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
            return document == null || root == null || !root.FullSpan.Contains(location.SourceSpan)
                ? null
                : new TrackedNode(document.Id, root.FindNode(location.SourceSpan, getInnermostNodeForTie: true));
        }
    }
}
