using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Contracts;

namespace RefOrder.Analyzers.Rules.Shared
{
    /// <summary>
    /// The base of every flow rule: registers for method and constructor bodies of compilations that can see the
    /// vocabulary, gets the shared engine result for the body, and lets the rule turn its kind of finding into
    /// diagnostics. Generated code is not analysed; callbacks run concurrently.
    /// </summary>
    public abstract class FlowRuleAnalyzer : DiagnosticAnalyzer
    {
        private protected abstract DiagnosticDescriptor Rule { get; }

        public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (!ContractTable.For(start.Compilation).Symbols.HasVocabulary)
                {
                    return; // unannotated code: nothing to check, nothing to pay
                }

                var cache = FlowResultCache.For(start.Compilation);
                start.RegisterOperationAction(
                    context =>
                    {
                        var result = cache.Get(context.Operation, context.ContainingSymbol, context.GetControlFlowGraph, context.CancellationToken);
                        if (!ReferenceEquals(result, FlowResult.Nothing))
                        {
                            Report(context, result, cache);
                        }
                    },
                    OperationKind.MethodBody,
                    OperationKind.ConstructorBody);
            });
        }

        private protected abstract void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache);

        /// <summary>The text of an operation as the user wrote it, shortened for messages.</summary>
        private protected static string Text(IOperation operation)
        {
            var text = operation.Syntax.ToString();
            return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
        }
    }
}
