using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0009: a store into a [HoldsRef] member hands over a reference the method holds. Reported at the store, with
    /// the member's declaration as additional location.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HoldsRefStoreAnalyzer : FlowRuleAnalyzer
    {
        /// <summary>Diagnostic property: the counter of the reference the store must hand over, for the code fix.</summary>
        public const string CounterProperty = "Counter";

        private protected override DiagnosticDescriptor Rule => Descriptors.RO0009HoldsRefStore;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            foreach (var f in result.UnbackedStores)
            {
                var member = f.Member.Locations.FirstOrDefault(l => l.IsInSource);
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    LocationOf(f.Store),
                    member == null ? null : new[] { member },
                    ImmutableDictionary<string, string?>.Empty.Add(CounterProperty, f.Counter),
                    Text(f.Store),
                    f.ValueName,
                    f.Member.Name,
                    f.Counter));
            }
        }
    }
}
