using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// What RO0007's and RO0008's fixes share: one plan, <see cref="MissingRelease"/> at the diagnostic's exit, for
    /// the value and counter the diagnostic's properties name, offered only when its result compiles.
    /// </summary>
    public abstract class MissingReleaseCodeFix : PlannedCodeFix
    {
        private readonly string _equivalenceKey;

        private protected MissingReleaseCodeFix(string diagnosticId, string fixAllTitle, string equivalenceKey)
            : base(diagnosticId, fixAllTitle)
        {
            _equivalenceKey = equivalenceKey;
        }

        /// <summary>
        /// The value to put and its counter, read off the diagnostic's properties, or null when this diagnostic is not
        /// a missing put; <c>EntryValue</c>: the value is the one a parameter held at entry (a contract target).
        /// </summary>
        private protected abstract (string Value, string Counter, bool EntryValue)? MissingPut(ImmutableDictionary<string, string?> properties);

        private protected sealed override async Task<IReadOnlyList<FixPlan>> PlanAsync(Solution solution, TrackedNode exit, TrackedNode? related, ImmutableDictionary<string, string?> properties, CancellationToken cancellation)
        {
            var plans = new List<FixPlan>();
            var document = solution.GetDocument(exit.Document);
            if (MissingPut(properties) is not { } put
                || document == null || await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false) is not { } model
                || MissingRelease.TryPlan(model, exit.Node, put.Value, put.Counter, put.EntryValue, cancellation) is not { } plan
                || await plan.ApplyCheckedAsync(document, cancellation).ConfigureAwait(false) is not { } fixedDocument)
            {
                return plans;
            }

            plans.Add(new FixPlan(plan.Title(put.Value), _equivalenceKey, _ => Task.FromResult(fixedDocument.Project.Solution)));
            return plans;
        }
    }
}
