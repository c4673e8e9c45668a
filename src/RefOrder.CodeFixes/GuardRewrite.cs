using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// How the guard group of <see cref="GuardLastMove"/> leaves its place and what lands at the destination. Two
    /// kernel habits need more than a move: a guard put that reads the guard through the object
    /// (<c>NfsdNetPut(nf.NfNet)</c>) saves the pointer first (<c>Net nfNet = nf.NfNet;</c> stays, the put uses
    /// <c>nfNet</c>), and a guard put sitting inside a longer lock section
    /// (<c>RcuReadLock(); if (!TryGet(net)) { … } NfsdNetPut(net); RcuReadUnlock();</c>) takes the lock afresh
    /// where it lands beyond the section's end.
    /// </summary>
    internal sealed class GuardRewrite
    {
        private readonly List<StatementSyntax> _removed;
        private readonly StatementSyntax _guard;
        private readonly LocalDeclarationStatementSyntax? _saved;

        private GuardRewrite(List<StatementSyntax> removed, StatementSyntax guard, LocalDeclarationStatementSyntax? saved, List<StatementSyntax> inserted, IReadOnlyCollection<string> rebracketed)
        {
            _removed = removed;
            _guard = guard;
            _saved = saved;
            Inserted = inserted;
            Rebracketed = rebracketed;
        }

        /// <summary>The statements that land at the destination.</summary>
        public IReadOnlyList<StatementSyntax> Inserted { get; }

        /// <summary>The locks the inserted statements take afresh (their section was left behind).</summary>
        public IReadOnlyCollection<string> Rebracketed { get; }

        /// <summary>
        /// The rewrite of <paramref name="group"/> (the guard put <paramref name="guard"/> and its bracket) for a move
        /// to <paramref name="destination"/> across <paramref name="jumped"/>; null when the guard is read through the
        /// object in a way that cannot be saved first, or a lock the put requires cannot be taken afresh.
        /// </summary>
        public static GuardRewrite? Plan(SemanticModel model, SyntaxNode block, List<StatementSyntax> group, StatementSyntax guard, IInvocationOperation call, StatementSyntax destination, HashSet<ISymbol> objects, List<StatementSyntax> jumped, CancellationToken cancellation)
        {
            var movedGuard = guard;
            LocalDeclarationStatementSyntax? saved = null;
            if (PutStatements.Touches(model, group, objects, cancellation))
            {
                if (group.Any(s => s != guard && PutStatements.Touches(model, new[] { s }, objects, cancellation))
                    || SavedRead(model, guard, objects, jumped, cancellation) is not { } read)
                {
                    return null;
                }

                saved = read.Declaration;
                movedGuard = guard.ReplaceNode(read.Expression, SyntaxFactory.IdentifierName(read.Name).WithTriviaFrom(read.Expression));
            }

            var inserted = group.Select(s => s == guard ? movedGuard : s).ToList();
            var uncovered = GuardGroup.Uncovered(model, group, call, cancellation);
            if (uncovered.Count == 0)
            {
                return new GuardRewrite(group, guard, saved, inserted, Array.Empty<string>());
            }

            var statements = PutStatements.ListOf(block)!.Value;
            int index = statements.IndexOf(guard);
            var opens = uncovered.Select(l => statements.Take(index).LastOrDefault(s => PutStatements.CallContract(model, s, cancellation) is { } c && c.Locks.Contains(l))).ToList();
            var closes = uncovered.Select(l => statements.Skip(index + 1).FirstOrDefault(s => PutStatements.CallContract(model, s, cancellation) is { } c && c.Unlocks.Contains(l))).ToList();
            if (opens.Any(s => s == null) || closes.Any(s => s == null))
            {
                return null; // the lock the put requires is not taken and released in this block: no call to copy
            }

            bool stillInside = destination.Parent == block && closes.All(c => statements.IndexOf(destination) < statements.IndexOf(c!));
            return stillInside
                ? new GuardRewrite(group, guard, saved, inserted, Array.Empty<string>())
                : new GuardRewrite(group, guard, saved, opens.Concat(inserted).Concat(Enumerable.Reverse(closes)).ToList()!, uncovered);
        }

        /// <summary>Removes the group from its place; a saved guard pointer stays there as a local.</summary>
        public void RemoveFromPlace(SyntaxEditor editor)
        {
            if (_saved == null)
            {
                StatementEdits.RemoveRun(editor, _removed);
                return;
            }

            foreach (var statement in _removed.Where(s => s != _guard))
            {
                editor.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);
            }

            editor.ReplaceNode(_guard, _saved.WithLeadingTrivia(_removed[0].GetLeadingTrivia()).WithTrailingTrivia(_guard.GetTrailingTrivia()));
        }

        /// <summary>
        /// The one argument of the guard put that reads the guard off the object (<c>nf.NfNet</c>, no call inside),
        /// with the local that saves it; null when the object is touched otherwise or the member is written in
        /// <paramref name="jumped"/> (then the saved value could differ from the one read later).
        /// </summary>
        private static (ExpressionSyntax Expression, string Name, LocalDeclarationStatementSyntax Declaration)? SavedRead(SemanticModel model, StatementSyntax guard, HashSet<ISymbol> objects, List<StatementSyntax> jumped, CancellationToken cancellation)
        {
            if (guard is not ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
                || PutStatements.Touches(model, new[] { invocation.Expression }, objects, cancellation))
            {
                return null;
            }

            var reads = invocation.ArgumentList.Arguments.Select(a => a.Expression)
                .Where(e => PutStatements.Touches(model, new[] { e }, objects, cancellation)).ToList();
            if (reads.Count != 1 || reads[0] is not MemberAccessExpressionSyntax read
                || read.DescendantNodes().OfType<InvocationExpressionSyntax>().Any()
                || model.GetSymbolInfo(read, cancellation).Symbol is not { Kind: SymbolKind.Field or SymbolKind.Property } member
                || model.GetTypeInfo(read, cancellation).Type is not { TypeKind: not TypeKind.Error } type
                || Writes(model, jumped, member, cancellation))
            {
                return null;
            }

            var owner = guard.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax) ?? guard;
            string stem = char.ToLowerInvariant(member.Name[0]) + member.Name.Substring(1);
            string name = PutStatements.UniqueName(owner, stem);
            var declaration = SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(
                SyntaxFactory.ParseTypeName(type.ToMinimalDisplayString(model, guard.SpanStart)),
                SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(name).WithInitializer(SyntaxFactory.EqualsValueClause(read.WithoutTrivia())))))
                .NormalizeWhitespace();
            return (read, name, declaration);
        }

        private static bool Writes(SemanticModel model, List<StatementSyntax> statements, ISymbol member, CancellationToken cancellation) =>
            statements.SelectMany(s => s.DescendantNodesAndSelf().OfType<AssignmentExpressionSyntax>())
                .Any(a => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(a.Left, cancellation).Symbol?.OriginalDefinition, member.OriginalDefinition));
    }
}
