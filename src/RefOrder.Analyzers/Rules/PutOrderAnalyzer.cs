using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0001: the object reference must be put before the reference on its guarding namespace. Reported at the
    /// later release or use of the object, with the guard put as the additional location.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PutOrderAnalyzer : FlowRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0001PutOrder;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            foreach (var f in result.GuardOrder)
            {
                string access = f.Kind == AccessKind.Release
                    ? $"'{Text(f.Access)}' drops '{f.ObjectName}'"
                    : $"'{Text(f.Access)}' uses '{f.ObjectName}'";
                string still = f.Kind == AccessKind.Release ? "to be freed" : "in use";
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    LocationOf(f.Access),
                    new[] { LocationOf(f.GuardRelease) },
                    Text(f.GuardRelease),
                    f.GuardCounter,
                    f.ObjectName,
                    access,
                    still));
            }
        }
    }
}
