using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using RefOrder.Analyzers.Rules;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// RO0008 "Put '‹value›' before this return": inserts, at the exit that still holds the reference, the put the
    /// body already makes on it on its other paths (<see cref="MissingRelease"/>) — the missing put on an error path.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReferenceLeakCodeFix))]
    [Shared]
    public sealed class ReferenceLeakCodeFix : MissingReleaseCodeFix
    {
        public const string Title = "Put the leaked reference at each exit";

        /// <summary>The equivalence key: stable, so fix all groups every RO0008 fix together.</summary>
        public const string EquivalenceKey = "RefOrder.ReferenceLeak.MissingRelease";

        public ReferenceLeakCodeFix()
            : base(DiagnosticIds.ReferenceLeak, Title, EquivalenceKey)
        {
        }

        // The value as the exit names it: a name reassigned on the way names what it holds there, which is what leaks.
        private protected override (string Value, string Counter, bool EntryValue)? MissingPut(ImmutableDictionary<string, string?> properties) =>
            properties.TryGetValue(ReferenceLeakAnalyzer.NameProperty, out var name) && name != null
            && properties.TryGetValue(ReferenceLeakAnalyzer.CounterProperty, out var counter) && counter != null
                ? (name, counter, false)
                : null;
    }
}
