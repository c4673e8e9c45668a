using System.Collections.Immutable;
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
        /// <summary>Diagnostic property: the value still held, as the exit names it (<c>net</c>, <c>held</c>), for the code fix.</summary>
        public const string NameProperty = "Name";

        /// <summary>Diagnostic property: the counter of the reference still held.</summary>
        public const string CounterProperty = "Counter";

        private protected override DiagnosticDescriptor Rule => Descriptors.RO0008ReferenceLeak;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            foreach (var f in result.Leaks)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    ExitLocation(f.Return?.Syntax ?? f.VoidReturn, f.Body),
                    new[] { LocationOf(f.AcquiredAt) },
                    ImmutableDictionary<string, string?>.Empty.Add(NameProperty, f.Name).Add(CounterProperty, f.Counter),
                    ExitText(f.Return?.Syntax ?? f.VoidReturn, context.ContainingSymbol),
                    f.Counter,
                    f.Name,
                    Text(f.AcquiredAt)));
            }
        }
    }
}
