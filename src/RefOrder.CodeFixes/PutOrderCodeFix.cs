using System;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
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
    public sealed class PutOrderCodeFix : PlannedCodeFix
    {
        public const string Title = "Put the object reference first";

        /// <summary>The equivalence key: stable, so fix all groups every RO0001 fix together.</summary>
        public const string EquivalenceKey = "RefOrder.PutOrder";

        public PutOrderCodeFix()
            : base(DiagnosticIds.PutOrder, Title, EquivalenceKey)
        {
        }

        private protected override async Task<Func<CancellationToken, Task<Solution>>?> PlanAsync(Solution solution, TrackedNode release, TrackedNode? guard, CancellationToken cancellation)
        {
            var document = solution.GetDocument(release.Document);
            if (document == null || guard == null || guard.Document != release.Document
                || await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false) is not { } model)
            {
                return null; // the guard put is in another body: nothing to reorder here
            }

            var move = PutOrderMove.TryPlan(model, release.Node, guard.Node, cancellation);
            if (move == null)
            {
                return null; // no move keeps the meaning: offer nothing rather than a fix that changes behaviour
            }

            return c => Task.FromResult(document.WithSyntaxRoot(move.Apply(release.Node.SyntaxTree.GetRoot(c))).Project.Solution);
        }
    }
}
