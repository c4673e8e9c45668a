using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using RefOrder.Analyzers.Rules;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// RO0001 "Put the object reference first": moves the object's put above the guard put and its lock bracket,
    /// giving the reviewer's order <c>net = nf.NfNet; NfsdFilePut(nf); RcuReadLock(); NfsdNetPut(net); RcuReadUnlock();</c>.
    /// Offered only when <see cref="PutOrderMove"/> finds a move that keeps the meaning.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PutOrderCodeFix))]
    [Shared]
    public sealed class PutOrderCodeFix : CodeFixProvider
    {
        public const string Title = "Put the object reference first";

        /// <summary>The equivalence key: stable, so fix all groups every RO0001 fix together.</summary>
        public const string EquivalenceKey = "RefOrder.PutOrder";

        private static readonly FixAllProvider FixAll = DocumentFixAll.Create(FixOneAsync);

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.PutOrder);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var guard = diagnostic.AdditionalLocations.FirstOrDefault();
                if (guard == null || guard.SourceTree != root.SyntaxTree)
                {
                    continue; // the guard put is elsewhere: nothing to reorder within this body
                }

                var release = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var guardNode = root.FindNode(guard.SourceSpan, getInnermostNodeForTie: true);
                var move = PutOrderMove.TryPlan(model, release, guardNode, context.CancellationToken);
                if (move == null)
                {
                    continue; // no move keeps the meaning: offer nothing rather than a fix that changes behaviour
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        _ => Task.FromResult(document.WithSyntaxRoot(move.Apply(root))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document?> FixOneAsync(Document document, SyntaxNode release, SyntaxNode? guard, CancellationToken cancellation)
        {
            var model = await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false);
            var root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
            if (model == null || root == null || guard == null)
            {
                return null;
            }

            var move = PutOrderMove.TryPlan(model, release, guard, cancellation);
            return move == null ? null : document.WithSyntaxRoot(move.Apply(root));
        }
    }
}
