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
    /// RO0008 "Put the leaked reference at this exit": inserts, at the exit that still holds the reference, the put
    /// the body already makes on it on its other paths (<see cref="MissingRelease"/>) — the missing put on an error path.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReferenceLeakCodeFix))]
    [Shared]
    public sealed class ReferenceLeakCodeFix : PlannedCodeFix
    {
        public const string Title = "Put the leaked reference at each exit";

        /// <summary>The equivalence key: stable, so fix all groups every RO0008 fix together.</summary>
        public const string EquivalenceKey = "RefOrder.ReferenceLeak.MissingRelease";

        public ReferenceLeakCodeFix()
            : base(DiagnosticIds.ReferenceLeak, Title)
        {
        }

        private protected override Task<IReadOnlyList<FixPlan>> PlanAsync(Solution solution, TrackedNode exit, TrackedNode? acquire, ImmutableDictionary<string, string?> properties, CancellationToken cancellation)
        {
            if (!properties.TryGetValue(ReferenceLeakAnalyzer.NameProperty, out var name) || name == null
                || !properties.TryGetValue(ReferenceLeakAnalyzer.CounterProperty, out var counter) || counter == null)
            {
                return Task.FromResult<IReadOnlyList<FixPlan>>(new List<FixPlan>());
            }

            return MissingReleasePlans.ForAsync(solution, exit, name, counter, entryValue: false, EquivalenceKey, cancellation);
        }
    }
}
