using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Rules.Shared;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// The RO0009 plan: a store <c>nf.NfNet = net;</c> into a [HoldsRef] member hands over a reference the method does
    /// not hold, so the reference is taken right before it, <c>GetNet(net); nf.NfNet = net;</c>, with the one acquire
    /// that fits: the acquire the body already makes on values of that type and counter, else the only method of the
    /// compilation whose whole contract is that acquire on its one parameter. Anything less clear-cut is refused.
    /// </summary>
    internal sealed class MissingAcquire
    {
        private readonly StatementSyntax _store;
        private readonly ExpressionStatementSyntax _acquire;

        private MissingAcquire(StatementSyntax store, ExpressionStatementSyntax acquire)
        {
            _store = store;
            _acquire = acquire;
        }

        public string Title(string value) => $"Take a reference on '{value}' before storing it";

        /// <summary>The value stored, as written, when <paramref name="storeNode"/> lies in a plain store statement.</summary>
        public static ExpressionSyntax? StoredValue(SyntaxNode storeNode) =>
            Store(storeNode)?.Expression is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment && IsPlainPath(assignment.Right)
                ? assignment.Right
                : null;

        public static MissingAcquire? TryPlan(SemanticModel model, SyntaxNode storeNode, string counter, CancellationToken cancellation)
        {
            var store = Store(storeNode);
            if (store?.Parent is not (BlockSyntax or SwitchSectionSyntax) || StoredValue(storeNode) is not { } value
                || model.GetTypeInfo(value, cancellation).Type is not { } valueType)
            {
                return null;
            }

            var contracts = ContractTable.For(model.Compilation);
            var body = store.Ancestors().FirstOrDefault(ControlTransfers.IsBodyOwner);
            var inBody = body == null ? new List<IMethodSymbol>() : body.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(i => model.GetSymbolInfo(i, cancellation).Symbol as IMethodSymbol)
                .Where(m => m != null && IsAcquireOf(contracts, m, counter, valueType, model.Compilation))
                .Select(m => m!.OriginalDefinition)
                .Distinct<IMethodSymbol>(SymbolEqualityComparer.Default)
                .ToList();
            var candidates = inBody.Count > 0 ? inBody : AcquiresInCompilation(model.Compilation, contracts, counter, valueType, cancellation);
            if (candidates.Count != 1 || !CanCall(model, store, candidates[0]))
            {
                return null;
            }

            var method = candidates[0];
            var callee = method.IsStatic
                ? (ExpressionSyntax)SyntaxFactory.ParseExpression(method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + method.Name).WithAdditionalAnnotations(Simplifier.Annotation)
                : SyntaxFactory.IdentifierName(method.Name);
            var call = SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(
                callee,
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia())))));
            return new MissingAcquire(store, call);
        }

        /// <summary>
        /// The document with the acquire inserted, or null when the result has a compile error the body did not have,
        /// or when the engine, run on the fixed body, still finds the store unbacked or the new acquire taken on a
        /// value not known live there (a borrowed value must be pinned where it is live: RO0002's business).
        /// </summary>
        public async Task<Document?> ApplyCheckedAsync(Document document, CancellationToken cancellation)
        {
            var root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
            if (root == null)
            {
                return null;
            }

            var mark = new SyntaxAnnotation(nameof(MissingAcquire));
            var editor = new SyntaxEditor(root, new AdhocWorkspace().Services);
            StatementEdits.InsertBefore(editor, _store, new StatementSyntax[] { _acquire.WithLeadingTrivia(StatementTrivia.Indentation(_store)).WithAdditionalAnnotations(mark) });
            var fixedDocument = await CompileCheck.KeepIfNoNewErrorsAsync(document, document.WithSyntaxRoot(editor.GetChangedRoot()), cancellation).ConfigureAwait(false);
            return fixedDocument != null && await BacksTheStoreAsync(fixedDocument, mark, cancellation).ConfigureAwait(false) ? fixedDocument : null;
        }

        private static async Task<bool> BacksTheStoreAsync(Document fixedDocument, SyntaxAnnotation mark, CancellationToken cancellation)
        {
            var root = await fixedDocument.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
            var model = await fixedDocument.GetSemanticModelAsync(cancellation).ConfigureAwait(false);
            if (root?.GetAnnotatedNodes(mark).FirstOrDefault() is not ExpressionStatementSyntax acquire || model == null
                || acquire.Ancestors().FirstOrDefault(ControlTransfers.IsBodyOwner) is not { } owner
                || owner is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax)
                || model.GetDeclaredSymbol(owner, cancellation) is not { } symbol
                || model.GetOperation(owner, cancellation) is not { } body)
            {
                return false;
            }

            var graph = body switch
            {
                IMethodBodyOperation method => ControlFlowGraph.Create(method, cancellation),
                IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, cancellation),
                _ => null,
            };
            if (graph == null)
            {
                return false;
            }

            var result = FlowResultCache.For(model.Compilation).Get(body, symbol, () => graph, cancellation);
            var siblings = acquire.Parent switch
            {
                BlockSyntax block => block.Statements,
                SwitchSectionSyntax section => section.Statements,
                _ => default,
            };
            int at = siblings.IndexOf(acquire);
            var store = at >= 0 && at + 1 < siblings.Count ? siblings[at + 1] : null;
            return store != null
                && !result.AcquiresNotLive.Any(f => acquire.Span.Contains(f.Call.Syntax.Span))
                && !result.UnbackedStores.Any(f => store.Span.Contains(f.Store.Syntax.Span));
        }

        private static ExpressionStatementSyntax? Store(SyntaxNode node) => node.FirstAncestorOrSelf<ExpressionStatementSyntax>();

        /// <summary>A local, a parameter or a chain of member reads: repeating it in the acquire reads the same value.</summary>
        private static bool IsPlainPath(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax => true,
            ThisExpressionSyntax => true,
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access => access.Name is IdentifierNameSyntax && IsPlainPath(access.Expression),
            _ => false,
        };

        /// <summary>A method whose whole contract is one acquire, on <paramref name="counter"/>, of its one parameter, which takes <paramref name="type"/>.</summary>
        private static bool IsAcquireOf(ContractTable contracts, IMethodSymbol method, string counter, ITypeSymbol type, Compilation compilation)
        {
            var contract = contracts.GetMethod(method);
            return method.Parameters.Length == 1 && method.Parameters[0].RefKind == RefKind.None
                && contract.Acquires.Length == 1 && contract.Acquires[0].Counter == counter && contract.Acquires[0].Target.Members.IsEmpty
                && contract.Acquires[0].Target.Root == PathRootKind.Parameter
                && contract.Releases.IsEmpty && contract.TryAcquires.IsEmpty && contract.Locks.IsEmpty && contract.Unlocks.IsEmpty && contract.RequiresLocks.IsEmpty
                && compilation.ClassifyConversion(type, method.Parameters[0].Type).IsImplicit;
        }

        private static List<IMethodSymbol> AcquiresInCompilation(Compilation compilation, ContractTable contracts, string counter, ITypeSymbol type, CancellationToken cancellation) =>
            compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member, cancellation)
                .OfType<IMethodSymbol>()
                .Where(m => m.MethodKind == MethodKind.Ordinary && IsAcquireOf(contracts, m, counter, type, compilation))
                .ToList();

        /// <summary>A static method visible here, or an instance method of the store's own type called from an instance member.</summary>
        private static bool CanCall(SemanticModel model, StatementSyntax store, IMethodSymbol method)
        {
            var within = model.GetEnclosingSymbol(store.SpanStart);
            if (within == null || !model.IsAccessible(store.SpanStart, method))
            {
                return false;
            }

            return method.IsStatic || (!within.IsStatic && SymbolEqualityComparer.Default.Equals(within.ContainingType, method.ContainingType));
        }
    }
}
