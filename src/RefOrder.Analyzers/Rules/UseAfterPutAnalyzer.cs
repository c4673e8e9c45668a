using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>RO0003: no use of an object after its reference was put. The put is the additional location.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UseAfterPutAnalyzer : FlowRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0003UseAfterPut;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            foreach (var f in result.UsesAfterRelease)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    LocationOf(f.Use),
                    new[] { LocationOf(f.Release) },
                    Text(f.Use),
                    f.ObjectName,
                    Text(f.Release)));
            }
        }
    }
}
