using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>RO0901: an annotation target, member or lock name that names nothing.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnknownTargetAnalyzer : AnnotationRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0901UnknownTarget;

        private protected override MistakeKind Kind => MistakeKind.UnknownTarget;
    }
}
