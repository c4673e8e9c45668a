using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// Offered only when <see cref="PutOrderMove"/> finds a move that keeps the meaning; otherwise "Put the guard
    /// reference last" (<see cref="GuardLastMove"/>) is offered where that keeps the meaning, for code that still
    /// uses the object after the guard put.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PutOrderCodeFix))]
    [Shared]
    public sealed class PutOrderCodeFix : PlannedCodeFix
    {
        public const string Title = "Put the object reference first";

        /// <summary>The equivalence key: stable, so fix all groups every RO0001 fix together.</summary>
        public const string EquivalenceKey = "RefOrder.PutOrder";

        public const string GuardLastTitle = "Put the guard reference last";

        /// <summary>The equivalence key of the guard-last strategy.</summary>
        public const string GuardLastEquivalenceKey = "RefOrder.PutOrder.GuardLast";

        public PutOrderCodeFix()
            : base(DiagnosticIds.PutOrder, Title)
        {
        }

        /// <summary>
        /// Plans for the diagnostic on the guard put <paramref name="guard"/>, whose first additional location
        /// <paramref name="access"/> is the object's later put or use.
        /// </summary>
        private protected override async Task<IReadOnlyList<FixPlan>> PlanAsync(Solution solution, TrackedNode guard, TrackedNode? access, ImmutableDictionary<string, string?> properties, CancellationToken cancellation)
        {
            var plans = new List<FixPlan>();
            var document = solution.GetDocument(guard.Document);
            if (document == null || access == null || access.Document != guard.Document
                || await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false) is not { } model)
            {
                return plans; // the object's put is in another body: nothing to reorder here
            }

            // No move keeps the meaning: offer nothing rather than a fix that changes behaviour.
            var move = PutOrderMove.TryPlan(model, access.Node, guard.Node, cancellation);
            if (move != null)
            {
                plans.Add(new FixPlan(Title, EquivalenceKey, c => Task.FromResult(document.WithSyntaxRoot(move.Apply(guard.Node.SyntaxTree.GetRoot(c))).Project.Solution)));
            }
            else if (GuardLastMove.TryPlan(model, guard.Node, access.Node, cancellation) is { } last)
            {
                // Offered only where the object's put cannot move up: where both moves apply, they give the same order.
                plans.Add(new FixPlan(GuardLastTitle, GuardLastEquivalenceKey, c => Task.FromResult(document.WithSyntaxRoot(last.Apply(guard.Node.SyntaxTree.GetRoot(c))).Project.Solution)));
            }

            return plans;
        }
    }
}
