using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0003: no use of an object after its reference was put, and no second put. The put is the additional
    /// location. One diagnostic per statement and object: <c>Touch(nf.A + nf.B)</c> is one use after the put.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UseAfterPutAnalyzer : FlowRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0003UseAfterPut;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            var reported = new HashSet<(SyntaxNode, string, IOperation)>();
            foreach (var f in result.UsesAfterRelease)
            {
                if (!reported.Add((StatementOf(f.Use), f.ObjectName, f.Release)))
                {
                    continue;
                }

                bool again = f.Kind == AccessKind.Release;
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    LocationOf(f.Use),
                    new[] { LocationOf(f.Release) },
                    Text(f.Use),
                    again ? "releases" : "uses",
                    f.ObjectName,
                    Text(f.Release),
                    again ? "a second put drops a reference the method no longer has (released twice)" : "the object may already be freed"));
            }
        }
    }
}
