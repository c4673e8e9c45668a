using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0001: the object reference must be put before the reference on its guarding namespace. Reported at the
    /// guard put — the call a reviewer calls wrong ("nfsd_net_put() before nfsd_file_put()") — with the object's
    /// later puts and uses as additional locations.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PutOrderAnalyzer : FlowRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0001PutOrder;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            // One squiggle per guard put and object: a guard put followed by a put on one branch and a use on
            // another is one mistake, so its accesses become additional locations of one diagnostic, earliest first
            // (the code fix reads the first one to find the object).
            var groups = result.GuardOrder
                .GroupBy(f => (Guard: f.GuardRelease.Syntax.Span, f.ObjectName))
                .OrderBy(g => g.Key.Guard.Start);
            foreach (var group in groups)
            {
                var accesses = group
                    .GroupBy(f => f.Access.Syntax.Span)
                    .Select(g => g.First())
                    .OrderBy(f => LocationOf(f.Access).SourceSpan.Start)
                    .ToList();
                var first = accesses[0];
                string access = first.Kind == AccessKind.Release
                    ? $"'{Text(first.Access)}' drops '{first.ObjectName}'"
                    : $"'{Text(first.Access)}' uses '{first.ObjectName}'";
                string still = first.Kind == AccessKind.Release ? "to be freed" : "in use";
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    LocationOf(first.GuardRelease),
                    accesses.Select(f => LocationOf(f.Access)),
                    Text(first.GuardRelease),
                    first.GuardCounter,
                    first.ObjectName,
                    access,
                    still));
            }
        }
    }
}
