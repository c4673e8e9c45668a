using System;
using System.Collections.Generic;
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
    /// location, the plans (solution edits) of the rule's strategies that keep the meaning, best first. An action is
    /// registered only for a plan, so no action is ever offered that would do nothing; fix all re-plans each
    /// diagnostic on the solution left by the previous one.
    /// </summary>
    public abstract class PlannedCodeFix : CodeFixProvider
    {
        private readonly FixAllProvider _fixAll;

        /// <param name="diagnosticId">The rule fixed.</param>
        /// <param name="fixAllTitle">The title of the fix-all action.</param>
        private protected PlannedCodeFix(string diagnosticId, string fixAllTitle)
        {
            FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
            _fixAll = new SequentialFixAllProvider(fixAllTitle, FixOneAsync);
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
                var plans = node == null ? Array.Empty<FixPlan>() : await PlanAsync(solution, node, related, diagnostic.Properties, context.CancellationToken).ConfigureAwait(false);
                foreach (var plan in plans)
                {
                    context.RegisterCodeFix(CodeAction.Create(plan.Title, plan.Apply, plan.EquivalenceKey), diagnostic);
                }
            }
        }

        /// <summary>
        /// The edits that fix the diagnostic at <paramref name="node"/> (with <paramref name="related"/> at its
        /// additional location, and the diagnostic's <paramref name="properties"/>), best first; empty when no edit
        /// keeps the code's meaning and builds.
        /// </summary>
        private protected abstract Task<IReadOnlyList<FixPlan>> PlanAsync(Solution solution, TrackedNode node, TrackedNode? related, ImmutableDictionary<string, string?> properties, CancellationToken cancellation);

        /// <summary>
        /// Fix all applies the chosen strategy where it has a plan and the best plan elsewhere: <c>dotnet format</c>
        /// asks for the key of the first diagnostic's first action only, and would otherwise leave every site where
        /// another strategy is the one that keeps the meaning.
        /// </summary>
        private async Task<Solution?> FixOneAsync(Solution solution, TrackedNode node, TrackedNode? related, ImmutableDictionary<string, string?> properties, string? equivalenceKey, CancellationToken cancellation)
        {
            var plans = await PlanAsync(solution, node, related, properties, cancellation).ConfigureAwait(false);
            var plan = plans.FirstOrDefault(p => p.EquivalenceKey == equivalenceKey) ?? plans.FirstOrDefault();
            return plan == null ? null : await plan.Apply(cancellation).ConfigureAwait(false);
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

    /// <summary>One strategy's edit for one diagnostic: the action's title and key, and the solution it produces.</summary>
    internal sealed class FixPlan
    {
        public FixPlan(string title, string equivalenceKey, Func<CancellationToken, Task<Solution>> apply)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
            Apply = apply;
        }

        public string Title { get; }

        public string EquivalenceKey { get; }

        public Func<CancellationToken, Task<Solution>> Apply { get; }
    }
}
