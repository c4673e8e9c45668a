using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Rules;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// RO0007 "Put the released target at this exit": where a [Releases] target is still held at an exit, inserts
    /// the release call the body already makes on it on its other paths (<see cref="MissingRelease"/>). Only for
    /// that breach: a missing acquire, a reference held on failure or a lock contract has no one mechanical edit.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExitContractCodeFix))]
    [Shared]
    public sealed class ExitContractCodeFix : PlannedCodeFix
    {
        public const string Title = "Put the released target at each exit";

        /// <summary>The equivalence key: stable, so fix all groups every RO0007 fix together.</summary>
        public const string EquivalenceKey = "RefOrder.ExitContract.MissingRelease";

        public ExitContractCodeFix()
            : base(DiagnosticIds.ExitContract, Title)
        {
        }

        private protected override Task<IReadOnlyList<FixPlan>> PlanAsync(Solution solution, TrackedNode exit, TrackedNode? promise, ImmutableDictionary<string, string?> properties, CancellationToken cancellation)
        {
            if (!properties.TryGetValue(ExitContractAnalyzer.BreachProperty, out var breach) || breach != nameof(ContractBreach.StillHeld)
                || !properties.TryGetValue(ExitContractAnalyzer.SubjectProperty, out var subject) || subject == null
                || !properties.TryGetValue(ExitContractAnalyzer.CounterProperty, out var counter) || counter == null)
            {
                return Task.FromResult<IReadOnlyList<FixPlan>>(new List<FixPlan>());
            }

            return MissingReleasePlans.ForAsync(solution, exit, subject, counter, entryValue: true, EquivalenceKey, cancellation);
        }
    }
}
