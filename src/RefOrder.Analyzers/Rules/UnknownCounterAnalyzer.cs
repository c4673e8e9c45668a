using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>RO0902: a counter the type does not declare, or none named where the type declares several.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnknownCounterAnalyzer : AnnotationRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0902UnknownCounter;

        private protected override MistakeKind Kind => MistakeKind.UnknownCounter;
    }
}
