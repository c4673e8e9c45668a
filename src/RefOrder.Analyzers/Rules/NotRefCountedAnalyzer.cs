using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>RO0905: a reference-count annotation on a type that is not [RefCounted].</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NotRefCountedAnalyzer : AnnotationRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.RO0905NotRefCounted;

        private protected override MistakeKind Kind => MistakeKind.NotRefCounted;
    }
}
