using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>RO0006: a body the engine did not finish is reported, never silently passed.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AnalysisSkippedAnalyzer : FlowRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0006AnalysisSkipped;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            if (result.Skipped.IsEmpty)
            {
                return;
            }

            var symbol = context.ContainingSymbol;
            var location = symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource ? symbol.Locations[0] : LocationOf(context.Operation);
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, symbol.Name, string.Join("; ", result.Skipped.Select(s => s.Reason))));
        }
    }
}
