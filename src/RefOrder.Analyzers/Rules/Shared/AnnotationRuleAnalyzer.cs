using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Contracts;

namespace RefOrder.Analyzers.Rules.Shared
{
    /// <summary>
    /// The base of the annotation rules: each reports, at the attribute, the mistakes of one kind that the
    /// contract table's reader found in a declaration's own annotations. The engine never believes a mistaken
    /// annotation, so every mistake it drops is visible here.
    /// </summary>
    public abstract class AnnotationRuleAnalyzer : DiagnosticAnalyzer
    {
        private protected abstract DiagnosticDescriptor Rule { get; }

        private protected abstract MistakeKind Kind { get; }

        public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var table = ContractTable.For(start.Compilation);
                if (!table.VocabularyInUse)
                {
                    return;
                }

                start.RegisterSymbolAction(c => Report(c, table), SymbolKind.Method, SymbolKind.NamedType, SymbolKind.Field, SymbolKind.Property);
            });
        }

        private void Report(SymbolAnalysisContext context, ContractTable table)
        {
            foreach (var mistake in table.MistakesOf(context.Symbol))
            {
                if (mistake.Kind != Kind)
                {
                    continue;
                }

                var location = mistake.Attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? context.Symbol.Locations.FirstOrDefault();
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, mistake.Arguments.Cast<object>().ToArray()));
            }
        }
    }
}
