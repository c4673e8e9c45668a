using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>RO0005: a [RequiresLock] callee needs its lock held on every path to the call.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LockRequiredAnalyzer : FlowRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0005LockRequired;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            foreach (var f in result.LocksNotHeld)
            {
                // A write of a [LiveUnderLock] member needs the lock like a [RequiresLock] callee (GUARDED_BY).
                string writes = f.WrittenMember == null ? "" : $": writing '{f.WrittenMember.Name}', which is [LiveUnderLock(\"{f.LockName}\")], races with its readers";
                context.ReportDiagnostic(Diagnostic.Create(Rule, LocationOf(f.Call), Text(f.Call), f.LockName, writes));
            }
        }
    }
}
