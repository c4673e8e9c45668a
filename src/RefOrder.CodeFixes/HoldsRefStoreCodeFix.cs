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
    /// RO0009 "Take a reference on '‹value›' before storing it": a store into a [HoldsRef] member that hands over no
    /// reference gets the acquire right before it (<see cref="MissingAcquire"/>), the pin svc_xprt_init and
    /// nfsd_file_alloc take before publishing the pointer. Offered only when one acquire fits and the result compiles.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HoldsRefStoreCodeFix))]
    [Shared]
    public sealed class HoldsRefStoreCodeFix : PlannedCodeFix
    {
        public const string Title = "Take a reference before each store";

        /// <summary>The equivalence key: stable, so fix all groups every RO0009 fix together.</summary>
        public const string EquivalenceKey = "RefOrder.HoldsRefStore.MissingAcquire";

        public HoldsRefStoreCodeFix()
            : base(DiagnosticIds.HoldsRefStore, Title)
        {
        }

        private protected override async Task<IReadOnlyList<FixPlan>> PlanAsync(Solution solution, TrackedNode node, TrackedNode? related, ImmutableDictionary<string, string?> properties, CancellationToken cancellation)
        {
            var plans = new List<FixPlan>();
            var document = solution.GetDocument(node.Document);
            if (!properties.TryGetValue(HoldsRefStoreAnalyzer.CounterProperty, out var counter) || counter == null
                || document == null || await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false) is not { } model
                || MissingAcquire.StoredValue(node.Node) is not { } value
                || MissingAcquire.TryPlan(model, node.Node, counter, cancellation) is not { } plan
                || await plan.ApplyCheckedAsync(document, cancellation).ConfigureAwait(false) is not { } fixedDocument)
            {
                return plans;
            }

            plans.Add(new FixPlan(plan.Title(value.ToString()), EquivalenceKey, _ => Task.FromResult(fixedDocument.Project.Solution)));
            return plans;
        }
    }
}
