using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using RefOrder.Analyzers.Rules;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// RO0002 "Acquire where liveness is guaranteed": where the diagnostic names a liveness site (its additional
    /// location, <c>nf.NfNet = net</c> in <c>NfsdFileAlloc</c>), takes the pin there, marks the member
    /// <c>[HoldsRef]</c> and deletes the late acquire. The site may be in another document: the action changes the
    /// solution. Offered only when <see cref="PinPlacementMove"/> can plan every edit. Beside it, "Use the conditional
    /// acquire" (<see cref="ConditionalAcquireMove"/>) where a [TryAcquires] counterpart exists and the exit on
    /// failure is mechanical.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PinPlacementCodeFix))]
    [Shared]
    public sealed class PinPlacementCodeFix : PlannedCodeFix
    {
        public const string Title = "Acquire where liveness is guaranteed";

        /// <summary>The equivalence key: stable, so fix all groups every RO0002 fix together.</summary>
        public const string EquivalenceKey = "RefOrder.PinPlacement";

        public const string ConditionalAcquireTitle = "Use the conditional acquire";

        /// <summary>The equivalence key of the conditional-acquire strategy.</summary>
        public const string ConditionalAcquireEquivalenceKey = "RefOrder.PinPlacement.ConditionalAcquire";

        public PinPlacementCodeFix()
            : base(DiagnosticIds.PinPlacement, Title)
        {
        }

        private protected override async Task<IReadOnlyList<FixPlan>> PlanAsync(Solution solution, TrackedNode acquire, TrackedNode? site, ImmutableDictionary<string, string?> properties, CancellationToken cancellation)
        {
            var plans = new List<FixPlan>();
            var move = site == null ? null : await PinPlacementMove.TryPlanAsync(solution, acquire, site, cancellation).ConfigureAwait(false);
            if (move != null)
            {
                plans.Add(new FixPlan(Title, EquivalenceKey, c => move.ApplyAsync(solution, c)));
            }

            var document = solution.GetDocument(acquire.Document);
            if (document != null && await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false) is { } model
                && ConditionalAcquireMove.TryPlan(model, acquire.Node, cancellation) is { } conditional)
            {
                plans.Add(new FixPlan(ConditionalAcquireTitle, ConditionalAcquireEquivalenceKey, c => Task.FromResult(document.WithSyntaxRoot(conditional.Apply(acquire.Node.SyntaxTree.GetRoot(c))).Project.Solution)));
            }

            return plans;
        }
    }
}
