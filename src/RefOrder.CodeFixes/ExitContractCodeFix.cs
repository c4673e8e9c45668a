using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Rules;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// RO0007 "Put '‹target›' before this return": where a [Releases] target is still held at an exit, inserts the
    /// release call the body already makes on it on its other paths (<see cref="MissingRelease"/>). Only for that
    /// breach: a missing acquire, a reference held on failure or a lock contract has no one mechanical edit.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExitContractCodeFix))]
    [Shared]
    public sealed class ExitContractCodeFix : MissingReleaseCodeFix
    {
        public const string Title = "Put the released target at each exit";

        /// <summary>The equivalence key: stable, so fix all groups every RO0007 fix together.</summary>
        public const string EquivalenceKey = "RefOrder.ExitContract.MissingRelease";

        public ExitContractCodeFix()
            : base(DiagnosticIds.ExitContract, Title, EquivalenceKey)
        {
        }

        private protected override (string Value, string Counter, bool EntryValue)? MissingPut(ImmutableDictionary<string, string?> properties) =>
            properties.TryGetValue(ExitContractAnalyzer.BreachProperty, out var breach) && breach == nameof(ContractBreach.StillHeld)
            && properties.TryGetValue(ExitContractAnalyzer.SubjectProperty, out var subject) && subject != null
            && properties.TryGetValue(ExitContractAnalyzer.CounterProperty, out var counter) && counter != null
                ? (subject, counter, true)
                : null;
    }
}
