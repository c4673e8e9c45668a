using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0903: <c>Liveness.Assume</c> is a claim of safety a reviewer must be able to check, so its reason must be a
    /// non-empty string literal, reported at the call otherwise.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AssumeWithoutReasonAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.RO0903AssumeWithoutReason);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var table = ContractTable.For(start.Compilation);
                if (table.Symbols.Liveness == null || !table.VocabularyInUse)
                {
                    return;
                }

                start.RegisterOperationAction(c => Check(c, table, (IInvocationOperation)c.Operation), OperationKind.Invocation);
            });
        }

        private static void Check(OperationAnalysisContext context, ContractTable table, IInvocationOperation invocation)
        {
            if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, table.Symbols.Liveness) || !table.GetMethod(invocation.TargetMethod).IsAssume)
            {
                return;
            }

            var reason = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1)?.Value;
            bool isLiteral = reason?.Syntax is LiteralExpressionSyntax && reason.ConstantValue is { HasValue: true, Value: string s } && s.Trim().Length > 0;
            if (!isLiteral)
            {
                var value = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.RO0903AssumeWithoutReason, invocation.Syntax.GetLocation(), value?.Syntax.ToString() ?? "?"));
            }
        }
    }
}
