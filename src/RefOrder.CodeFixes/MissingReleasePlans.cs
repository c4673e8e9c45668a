using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>The one plan RO0007 and RO0008 offer: <see cref="MissingRelease"/> at the diagnostic's exit, checked to compile.</summary>
    internal static class MissingReleasePlans
    {
        public static async Task<IReadOnlyList<FixPlan>> ForAsync(Solution solution, TrackedNode exit, string value, string counter, bool entryValue, string equivalenceKey, CancellationToken cancellation)
        {
            var plans = new List<FixPlan>();
            var document = solution.GetDocument(exit.Document);
            if (document == null || await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false) is not { } model
                || MissingRelease.TryPlan(model, exit.Node, value, counter, entryValue, cancellation) is not { } plan
                || await plan.ApplyCheckedAsync(document, cancellation).ConfigureAwait(false) is not { } fixedDocument)
            {
                return plans;
            }

            plans.Add(new FixPlan(plan.Title(value), equivalenceKey, _ => Task.FromResult(fixedDocument.Project.Solution)));
            return plans;
        }
    }
}
