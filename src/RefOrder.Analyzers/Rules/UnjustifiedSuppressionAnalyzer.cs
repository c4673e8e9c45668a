using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0906: a RefOrder finding may be suppressed only with a reason: <c>[SuppressMessage("RefOrder", "RO0001",
    /// Justification = "…")]</c>, or <c>#pragma warning disable RO0001 // why</c>. A silent claim of safety is what
    /// the review was about.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnjustifiedSuppressionAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.RO0906UnjustifiedSuppression);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // A compilation that does not use the vocabulary gets no RefOrder finding to suppress: pay nothing there.
                if (!Contracts.ContractTable.For(start.Compilation).VocabularyInUse)
                {
                    return;
                }

                start.RegisterSyntaxNodeAction(CheckAttribute, SyntaxKind.Attribute);
                start.RegisterSyntaxTreeAction(CheckPragmas);
            });
        }

        private static void CheckAttribute(SyntaxNodeAnalysisContext context)
        {
            var attribute = (AttributeSyntax)context.Node;
            string name = attribute.Name.ToString();
            if (!name.EndsWith("SuppressMessage", StringComparison.Ordinal) && !name.EndsWith("SuppressMessageAttribute", StringComparison.Ordinal))
            {
                return; // cheap syntactic filter before any binding
            }

            var args = attribute.ArgumentList?.Arguments;
            if (args == null || args.Value.Count < 2)
            {
                return;
            }

            var category = context.SemanticModel.GetConstantValue(args.Value[0].Expression, context.CancellationToken);
            var checkId = context.SemanticModel.GetConstantValue(args.Value[1].Expression, context.CancellationToken);
            string id = checkId.Value as string ?? "";
            if (!(category.Value is string c && c == DiagnosticIds.Category) && !IsRefOrderId(id))
            {
                return;
            }

            var type = context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type;
            if (type?.ToDisplayString() != "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute")
            {
                return;
            }

            var justification = args.Value.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Justification");
            var text = justification == null ? null : context.SemanticModel.GetConstantValue(justification.Expression, context.CancellationToken).Value as string;
            if (string.IsNullOrWhiteSpace(text))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.RO0906UnjustifiedSuppression, attribute.GetLocation(), "[SuppressMessage]", id.Split(':')[0]));
            }
        }

        private static void CheckPragmas(SyntaxTreeAnalysisContext context)
        {
            var root = context.Tree.GetRoot(context.CancellationToken);
            if (!root.ContainsDirectives)
            {
                return;
            }

            // Directives only, walked from one to the next: no pass over the rest of the file's trivia.
            for (var directive = root.GetFirstDirective(); directive != null; directive = directive.GetNextDirective())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (directive is not PragmaWarningDirectiveTriviaSyntax pragma)
                {
                    continue;
                }

                if (!pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
                {
                    continue;
                }

                var ids = pragma.ErrorCodes.Select(e => e.ToString().Trim()).Where(IsRefOrderId).ToList();
                // The comment after the last code is trivia of that code (or of the end of the directive).
                bool explained = pragma.DescendantTrivia(descendIntoTrivia: true)
                    .Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) && t.ToString().TrimStart('/').Trim().Length > 0);
                if (ids.Count > 0 && !explained)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.RO0906UnjustifiedSuppression, pragma.GetLocation(), "#pragma warning disable", string.Join(", ", ids)));
                }
            }
        }

        private static bool IsRefOrderId(string id) => id.StartsWith("RO0", StringComparison.Ordinal) && id.Length >= 6;
    }
}
