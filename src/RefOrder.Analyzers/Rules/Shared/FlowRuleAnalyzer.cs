using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;

namespace RefOrder.Analyzers.Rules.Shared
{
    /// <summary>
    /// The base of every flow rule: registers for the bodies of compilations that use the vocabulary (method,
    /// accessor and constructor bodies, field and property initializers, expression bodies of properties and
    /// indexers), gets the shared engine result for the body, and lets the rule turn its kind of finding into
    /// diagnostics. Generated code is not analysed; callbacks run concurrently.
    /// </summary>
    public abstract class FlowRuleAnalyzer : DiagnosticAnalyzer
    {
        private int _callbacksRunning;

        private protected abstract DiagnosticDescriptor Rule { get; }

        /// <summary>
        /// How many of this instance's body callbacks are running now. The host's task ends as soon as its token is
        /// cancelled, whether or not analyzer code still runs behind it; this is how a test sees when RefOrder's
        /// own work has really stopped.
        /// </summary>
        internal int CallbacksRunning => Volatile.Read(ref _callbacksRunning);

        public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (!ContractTable.For(start.Compilation).VocabularyInUse)
                {
                    return; // unannotated code: nothing to check, nothing to pay
                }

                var cache = FlowResultCache.For(start.Compilation);
                start.RegisterOperationAction(
                    context =>
                    {
                        if (!IsBody(context.Operation))
                        {
                            return;
                        }

                        Interlocked.Increment(ref _callbacksRunning);
                        try
                        {
                            var result = cache.Get(context.Operation, context.ContainingSymbol, context.GetControlFlowGraph, context.CancellationToken);
                            if (!ReferenceEquals(result, FlowResult.Nothing))
                            {
                                Report(context, result, cache);
                            }
                        }
                        finally
                        {
                            Interlocked.Decrement(ref _callbacksRunning);
                        }
                    },
                    OperationKind.MethodBody,
                    OperationKind.ConstructorBody,
                    OperationKind.FieldInitializer,
                    OperationKind.PropertyInitializer,
                    OperationKind.Block);
            });
        }

        /// <summary>
        /// The roots Roslyn builds a control-flow graph for. The expression body of a property or indexer
        /// (<c>P => …</c>) is a block with no parent, not a method body; every other block lies inside a root and
        /// is analysed with it, so it is skipped here.
        /// </summary>
        private static bool IsBody(IOperation operation) => operation is not IBlockOperation || operation.Parent == null;

        private protected abstract void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache);

        /// <summary>The text of an operation as the user wrote it, shortened for messages.</summary>
        private protected static string Text(IOperation operation) => Text(ReportedNode(operation));

        /// <summary>Where an exit path is shown: its <c>return</c> statement, or the end of the body (its closing brace).</summary>
        /// <param name="exit">The returned value, or the <c>return;</c> statement; null for the end of the body.</param>
        private protected static Location ExitLocation(SyntaxNode? exit, IOperation body)
        {
            if (exit != null)
            {
                return (exit.FirstAncestorOrSelf<ReturnStatementSyntax>() ?? exit).GetLocation();
            }

            return body.Syntax switch
            {
                BaseMethodDeclarationSyntax { Body: { } block } => block.CloseBraceToken.GetLocation(),
                LocalFunctionStatementSyntax { Body: { } block } => block.CloseBraceToken.GetLocation(),
                AccessorDeclarationSyntax { Body: { } block } => block.CloseBraceToken.GetLocation(),
                AnonymousFunctionExpressionSyntax { Block: { } block } => block.CloseBraceToken.GetLocation(),
                BlockSyntax block => block.CloseBraceToken.GetLocation(),
                var other => other.GetLastToken().GetLocation(),
            };
        }

        /// <summary>The exit in words: the return statement, or the end of the method.</summary>
        private protected static string ExitText(SyntaxNode? exit, ISymbol method) =>
            exit != null ? $"'{Text(exit.FirstAncestorOrSelf<ReturnStatementSyntax>() is { } r ? r : exit)}'" : $"The end of '{method.Name}'";

        /// <summary>The text of a syntax node as written, shortened for messages.</summary>
        private protected static string Text(SyntaxNode node)
        {
            var text = node.ToString();
            return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
        }

        /// <summary>The statement (or, outside statements, the outermost expression) an operation belongs to.</summary>
        private protected static SyntaxNode StatementOf(IOperation operation)
        {
            var node = operation.Syntax;
            for (var parent = node.Parent; parent != null && parent is not StatementSyntax && parent is not MemberDeclarationSyntax && parent is not AnonymousFunctionExpressionSyntax; parent = parent.Parent)
            {
                node = parent;
            }

            return node;
        }

        /// <summary>Where a finding about <paramref name="operation"/> is shown.</summary>
        private protected static Location LocationOf(IOperation operation) => ReportedNode(operation).GetLocation();

        /// <summary>
        /// The node a reader recognises: for the <c>.Next</c> of <c>nf?.Next</c>, the whole conditional access.
        /// </summary>
        private static SyntaxNode ReportedNode(IOperation operation)
        {
            var node = operation.Syntax;
            if (node is MemberBindingExpressionSyntax or ElementBindingExpressionSyntax)
            {
                for (var parent = node.Parent; parent != null; parent = parent.Parent)
                {
                    if (parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull.Span.Contains(node.Span))
                    {
                        node = access;
                    }
                    else if (parent is not (MemberAccessExpressionSyntax or InvocationExpressionSyntax or MemberBindingExpressionSyntax or ElementBindingExpressionSyntax or ConditionalAccessExpressionSyntax))
                    {
                        break;
                    }
                }
            }

            return node;
        }
    }
}
