using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0008: a reference taken in a method and covered by no contract must be put or handed on before every normal
    /// exit. Reported at the exit that leaks it, with the acquire as additional location.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReferenceLeakAnalyzer : FlowRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0008ReferenceLeak;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            foreach (var f in result.Leaks)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    ExitLocation(f.Return, f.Body),
                    new[] { LocationOf(f.AcquiredAt) },
                    ExitText(f.Return, context.ContainingSymbol),
                    f.Counter,
                    f.Name,
                    Text(f.AcquiredAt)));
            }
        }
    }
}
