using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// The RO0001 move: the statement releasing the object goes up to just before the guard group — the guard put
    /// plus the [Locks] calls that open its bracket (<c>RcuReadLock(); NfsdNetPut(net); RcuReadUnlock();</c>) —
    /// which is just after the last statement that still reads the object. Planned only when the move keeps the
    /// meaning: both statements in one block, nothing jumped over touches the object or what the moved statement
    /// reads, and no jump or label can route control around it.
    /// </summary>
    internal sealed class PutOrderMove
    {
        private readonly BlockSyntax _block;
        private readonly StatementSyntax _moved;
        private readonly StatementSyntax _groupStart;

        private PutOrderMove(BlockSyntax block, StatementSyntax moved, StatementSyntax groupStart)
        {
            _block = block;
            _moved = moved;
            _groupStart = groupStart;
        }

        /// <summary>
        /// Plans the move of the release <paramref name="releaseNode"/> (RO0001's location) above the guard put
        /// <paramref name="guardNode"/> (its additional location), or returns null when no safe move exists.
        /// </summary>
        public static PutOrderMove? TryPlan(SemanticModel model, SyntaxNode releaseNode, SyntaxNode guardNode, CancellationToken cancellation)
        {
            if (releaseNode is not InvocationExpressionSyntax release
                || model.GetOperation(release, cancellation) is not IInvocationOperation call
                || PutStatements.OwnStatement(release) is not { Parent: BlockSyntax block } moved
                || PutStatements.OwnStatement(guardNode) is not { } guardOwn)
            {
                return null; // a use rather than a put, or a put inside an expression body or embedded statement
            }

            var objects = PutStatements.ReleasedRoots(model, call);
            var guardStatement = guardOwn.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault(s => s.Parent == block);
            if (objects == null || guardStatement == null)
            {
                return null; // the guard put is not in the put's block: the blocks cannot be reconciled by a move
            }

            var statements = block.Statements;
            int guardIndex = statements.IndexOf(guardStatement);
            int movedIndex = statements.IndexOf(moved);
            if (guardIndex >= movedIndex)
            {
                return null;
            }

            int start = guardIndex;
            while (start > 0 && PutStatements.CallsLockingMethod(model, statements[start - 1], cancellation))
            {
                start--;
            }

            var range = statements.Skip(start).Take(movedIndex - start).ToList();
            if (!KeepsMeaning(model, block, range, moved, objects, cancellation))
            {
                return null;
            }

            return new PutOrderMove(block, moved, statements[start]);
        }

        /// <summary>Rewrites <paramref name="root"/> (the root the plan was made on) with the statement moved.</summary>
        public SyntaxNode Apply(SyntaxNode root)
        {
            var list = _block.Statements.ToList();
            int movedIndex = list.IndexOf(_moved);
            int groupIndex = list.IndexOf(_groupStart);
            var (movedSeparator, movedOwn) = StatementTrivia.Split(_moved);
            var (groupSeparator, groupOwn) = StatementTrivia.Split(_groupStart);
            var moved = _moved;

            if (!StartsLine(_moved))
            {
                // `Unlock(); Put(nf);` on one line: the line break after the put stays behind for the statement
                // before it, and the put takes the group's indentation at its new place.
                var previous = list[movedIndex - 1];
                list[movedIndex - 1] = previous.WithTrailingTrivia(TrimEnd(previous.GetTrailingTrivia()).AddRange(_moved.GetTrailingTrivia()));
                movedOwn = SyntaxFactory.TriviaList(groupOwn.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).DefaultIfEmpty(SyntaxFactory.Whitespace("")).Last());
                moved = moved.WithTrailingTrivia(SyntaxFactory.TriviaList(StatementTrivia.LineBreak(_groupStart)));
            }
            else if (movedIndex + 1 < list.Count && movedSeparator.Count > 0 && StatementTrivia.Split(list[movedIndex + 1]).Separator.Count == 0)
            {
                // The blank line above the put separated it from the group; it now separates the group from what follows.
                var next = list[movedIndex + 1];
                list[movedIndex + 1] = next.WithLeadingTrivia(movedSeparator.AddRange(next.GetLeadingTrivia()));
            }

            list.RemoveAt(movedIndex);
            list[groupIndex] = _groupStart.WithLeadingTrivia(groupOwn);
            list.Insert(groupIndex, moved.WithLeadingTrivia(groupSeparator.AddRange(movedOwn)));
            return root.ReplaceNode(_block, _block.WithStatements(SyntaxFactory.List(list)));
        }

        /// <summary>
        /// The move is an exchange of the put with <paramref name="range"/>. It keeps the meaning when no statement of
        /// the range touches the object (or a copy of it), none writes what the put reads or reads what it writes,
        /// and control cannot jump into, out of or around the range.
        /// </summary>
        private static bool KeepsMeaning(SemanticModel model, BlockSyntax block, List<StatementSyntax> range, StatementSyntax moved, List<ISymbol> roots, CancellationToken cancellation)
        {
            var all = new List<StatementSyntax>(range) { moved };
            if (ControlTransfers.Any(all) || all.Any(s => s.ContainsDirectives))
            {
                return false;
            }

            var body = block.AncestorsAndSelf().OfType<BlockSyntax>().Last();
            if (model.GetOperation(body, cancellation) is not { } bodyOperation)
            {
                return false;
            }

            if (PutStatements.Touches(model, range, AccessPaths.WithCopies(bodyOperation, roots), cancellation))
            {
                return false;
            }

            var between = model.AnalyzeDataFlow(range[0], range[range.Count - 1]);
            var put = model.AnalyzeDataFlow(moved);
            if (between == null || put == null || !between.Succeeded || !put.Succeeded)
            {
                return false;
            }

            return !put.ReadInside.Intersect(between.WrittenInside, SymbolEqualityComparer.Default).Any()
                && !put.WrittenInside.Intersect(between.ReadInside.Concat(between.WrittenInside), SymbolEqualityComparer.Default).Any();
        }

        private static bool StartsLine(SyntaxNode node) =>
            node.GetFirstToken().GetPreviousToken().TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);

        private static SyntaxTriviaList TrimEnd(SyntaxTriviaList trivia)
        {
            while (trivia.Count > 0 && trivia[trivia.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                trivia = trivia.RemoveAt(trivia.Count - 1);
            }

            return trivia;
        }
    }
}
