using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0004: an argument to a [Live] parameter must be known live. When the argument is a member read, the
    /// member's declaration (which promises nothing about liveness) is the additional location.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LivenessRequiredAnalyzer : FlowRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0004LivenessRequired;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            foreach (var f in result.NotLive)
            {
                var member = f.Member?.Locations.FirstOrDefault(l => l.IsInSource);
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    LocationOf(f.Argument),
                    member == null ? null : new[] { member },
                    f.ArgumentName,
                    f.Parameter,
                    f.Callee.Name));
            }
        }
    }
}
