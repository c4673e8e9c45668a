using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>RO0904: annotations that contradict each other or their declaration.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ContradictoryContractAnalyzer : AnnotationRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0904ContradictoryContract;

        private protected override MistakeKind Kind => MistakeKind.ContradictoryContract;
    }
}
