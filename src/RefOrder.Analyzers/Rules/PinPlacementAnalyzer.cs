using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0002: a pin (an [Acquires] call) must be taken where its target is known live. When the target is a
    /// member read, the message and the additional location point at a liveness site of that member.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PinPlacementAnalyzer : FlowRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0002PinPlacement;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            foreach (var f in result.AcquiresNotLive)
            {
                LivenessSite? site = null;
                if (f.Member != null)
                {
                    site = cache.LivenessSites.Find(f.Member, context.CancellationToken);
                }

                string hint = site == null
                    ? ""
                    : $"; take it where liveness is guaranteed: '{site.Text}' in '{site.Method}' sets '{f.Member!.Name}' from a value known live";
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    LocationOf(f.Call),
                    site == null ? null : new[] { site.Location },
                    Text(f.Call),
                    f.Counter,
                    f.TargetName,
                    hint));
            }
        }
    }
}
