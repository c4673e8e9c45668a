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
    /// The second RO0001 move, for when the object is still used after the guard put: the guard group — the guard
    /// put with the lock bracket around it (<c>RcuReadLock(); NfsdNetPut(net); RcuReadUnlock();</c>) — goes down to
    /// just after the object's last put or use in the same block or switch section. A last use
    /// <c>return Finish(nf);</c> becomes <c>var result = Finish(nf);</c> with the group and <c>return result;</c>
    /// after it; an object disposed by the enclosing <c>using</c> gets the group after the using statement; an object
    /// put in the <c>finally</c> of the enclosing try gets it after that put; a plain <c>return;</c>, <c>break;</c> or
    /// <c>continue;</c> in between gets a copy of the group before it (the guard put on each exit, as kernel fixes
    /// do). <see cref="GuardRewrite"/> saves a guard read through the object first and re-takes a lock the put needs.
    /// Holding the guard longer never frees anything early; planned only when nothing jumped over depends on the
    /// guard reference or its variables and no other jump makes the place ambiguous.
    /// </summary>
    internal sealed class GuardLastMove
    {
        private readonly GuardRewrite _rewrite;
        private readonly StatementSyntax _destination;
        private readonly TypeSyntax? _resultType;
        private readonly string? _resultName;
        private List<StatementSyntax> _exits = new List<StatementSyntax>();

        private GuardLastMove(GuardRewrite rewrite, StatementSyntax destination, TypeSyntax? resultType, string? resultName)
        {
            _rewrite = rewrite;
            _destination = destination;
            _resultType = resultType;
            _resultName = resultName;
        }

        /// <summary>
        /// Plans the move of the guard put <paramref name="guardNode"/> (RO0001's location) below the object's
        /// accesses, the first of which is <paramref name="accessNode"/> (the additional location); null when no move
        /// keeps the meaning.
        /// </summary>
        public static GuardLastMove? TryPlan(SemanticModel model, SyntaxNode guardNode, SyntaxNode accessNode, CancellationToken cancellation)
        {
            var plan = Plan(model, guardNode, accessNode, out var objects, cancellation);
            return plan == null || plan._exits.Prepend(plan._destination).Any(p => DisposedLater(model, p, objects!, cancellation)) ? null : plan;
        }

        private static GuardLastMove? Plan(SemanticModel model, SyntaxNode guardNode, SyntaxNode accessNode, out HashSet<ISymbol>? objects, CancellationToken cancellation)
        {
            objects = null;
            if (guardNode is not InvocationExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: { } block } guardStatement } guardCall
                || PutStatements.ListOf(block) is not { } statements
                || model.GetOperation(guardCall, cancellation) is not IInvocationOperation call
                || ObjectRoots(model, accessNode, cancellation) is not { } roots
                || model.GetOperation(block.AncestorsAndSelf().OfType<BlockSyntax>().Last(), cancellation) is not { } body)
            {
                return null; // the guard put is part of a larger statement
            }

            var touched = AccessPaths.WithCopies(body, roots);
            objects = touched;
            var group = GuardGroup.Find(model, statements, guardStatement, cancellation);
            var after = statements.Skip(statements.IndexOf(group[group.Count - 1]) + 1).ToList();
            int last = after.FindLastIndex(s => PutStatements.Touches(model, new[] { s }, touched, cancellation));
            StatementSyntax destination;
            List<IReadOnlyList<StatementSyntax>> ranges;
            ReturnStatementSyntax? returned = null;
            if (ExitTouches(model, block, touched, cancellation) is { } exit)
            {
                // The object is put again when control leaves the block (a using's Dispose, a finally's put): the
                // group goes after that, so the whole rest of the block is jumped over.
                if (!LocalsStayInScope(model, group, block, cancellation))
                {
                    return null;
                }

                (destination, ranges) = (exit.Destination, new List<IReadOnlyList<StatementSyntax>> { after, exit.Range });
            }
            else if (last < 0)
            {
                return null; // the object's later accesses are outside this block (another branch, after the loop): no single place follows them all
            }
            else
            {
                destination = after[last];
                returned = destination as ReturnStatementSyntax;
                ranges = new List<IReadOnlyList<StatementSyntax>> { after.Take(returned?.Expression != null ? last : last + 1).ToList() };
            }

            // A plain return, break or continue in between leaves before the object's last access on the other paths:
            // the group goes before it too, as kernel fixes put the guard on each exit. Not inside a using body or try
            // block the group leaves, where the Dispose or finally would run after that copy.
            var jumped = ranges.SelectMany(r => r).ToList();
            var exits = ControlTransfers.Exits(jumped);
            var rewrite = GuardRewrite.Plan(model, block, group, guardStatement, call, destination, touched, jumped, cancellation);
            if (rewrite == null || exits == null || (exits.Count > 0 && (ranges.Count > 1 || exits.Any(e => PutStatements.ListOf(e.Parent) == null)))
                || !KeepsMeaning(model, group, ranges, rewrite.Rebracketed, cancellation))
            {
                return null;
            }

            var move = returned is { Expression: { } value }
                ? ResultLocal(model, returned, value, cancellation) is { } local && !Conflicts(model, group, model.AnalyzeDataFlow(value))
                    ? new GuardLastMove(rewrite, returned, local.Type, local.Name)
                    : null
                : new GuardLastMove(rewrite, destination, null, null);
            if (move != null)
            {
                move._exits = exits;
            }

            return move;
        }

        /// <summary>Rewrites <paramref name="root"/> (the root the plan was made on) with the group moved.</summary>
        public SyntaxNode Apply(SyntaxNode root)
        {
            var editor = new SyntaxEditor(root, new AdhocWorkspace().Services);
            _rewrite.RemoveFromPlace(editor);
            foreach (var exit in _exits)
            {
                StatementEdits.InsertBefore(editor, exit, _rewrite.Inserted);
            }

            if (_destination is ReturnStatementSyntax ret && _resultType != null && _resultName != null)
            {
                // return Finish(nf);  ->  var result = Finish(nf); <group> return result;
                var declaration = SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(
                    _resultType,
                    SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(_resultName))
                        .WithInitializer(SyntaxFactory.EqualsValueClause(ret.Expression!.WithoutTrivia())))))
                    .NormalizeWhitespace();
                StatementEdits.InsertBefore(editor, ret, new StatementSyntax[] { declaration }.Concat(_rewrite.Inserted).ToList());
                editor.ReplaceNode(ret.Expression!, SyntaxFactory.IdentifierName(_resultName).WithTriviaFrom(ret.Expression!));
            }
            else
            {
                StatementEdits.InsertAfter(editor, _destination, _rewrite.Inserted);
            }

            return editor.GetChangedRoot();
        }

        /// <summary>The variables naming the object at its first later access: the put's targets, or the root of the use.</summary>
        private static List<ISymbol>? ObjectRoots(SemanticModel model, SyntaxNode access, CancellationToken cancellation)
        {
            var node = access is ConditionalAccessExpressionSyntax conditional ? conditional.Expression : access;
            var operation = model.GetOperation(node, cancellation);
            if (operation is IInvocationOperation call)
            {
                return PutStatements.ReleasedRoots(model, call);
            }

            return AccessPaths.RootSymbol(operation) is { } root ? new List<ISymbol> { root } : null;
        }

        /// <summary>
        /// Where the object is touched again when control leaves <paramref name="block"/>: the Dispose of a
        /// <c>using</c> whose resource is the object (the group goes after the using statement, or after the object's
        /// last access that follows it), or the <c>finally</c> of a try without catches (after the object's last access
        /// there). The range is what the group jumps over besides the rest of the block.
        /// </summary>
        private static (StatementSyntax Destination, IReadOnlyList<StatementSyntax> Range)? ExitTouches(SemanticModel model, SyntaxNode block, HashSet<ISymbol> objects, CancellationToken cancellation)
        {
            switch (block.Parent)
            {
                case UsingStatementSyntax { Parent: BlockSyntax outer } usingStatement
                    when PutStatements.Touches(model, new SyntaxNode?[] { usingStatement.Declaration, usingStatement.Expression }.OfType<SyntaxNode>(), objects, cancellation):
                    var rest = outer.Statements.Skip(outer.Statements.IndexOf(usingStatement) + 1).ToList();
                    int last = rest.FindLastIndex(s => PutStatements.Touches(model, new[] { s }, objects, cancellation));
                    return (last < 0 ? usingStatement : rest[last], rest.Take(last + 1).ToList());
                case TryStatementSyntax { Catches.Count: 0, Finally.Block: { } cleanup } tryStatement when tryStatement.Block == block:
                    int put = cleanup.Statements.ToList().FindLastIndex(s => PutStatements.Touches(model, new[] { s }, objects, cancellation));
                    if (put < 0)
                    {
                        return null;
                    }

                    return (cleanup.Statements[put], cleanup.Statements.Take(put + 1).ToList());
                default:
                    return null;
            }
        }

        /// <summary>
        /// True when the object is touched after <paramref name="destination"/> by code no statement shows: the
        /// Dispose of a <c>using</c> declaration or an enclosing using statement, or the finally of an enclosing try.
        /// The guard put would still come before that last touch, so the move would not fix the order.
        /// </summary>
        private static bool DisposedLater(SemanticModel model, StatementSyntax destination, HashSet<ISymbol> objects, CancellationToken cancellation)
        {
            foreach (var ancestor in destination.Ancestors())
            {
                if (ControlTransfers.IsSeparateBody(ancestor) || ancestor is MemberDeclarationSyntax)
                {
                    return false;
                }

                bool later = ancestor switch
                {
                    UsingStatementSyntax u => PutStatements.Touches(model, new SyntaxNode?[] { u.Declaration, u.Expression }.OfType<SyntaxNode>(), objects, cancellation),
                    TryStatementSyntax { Finally.Block: { } cleanup } when !cleanup.Span.Contains(destination.Span) => PutStatements.Touches(model, new[] { cleanup }, objects, cancellation),
                    BlockSyntax block => PutStatements.Touches(model, block.Statements.OfType<LocalDeclarationStatementSyntax>().Where(d => d.UsingKeyword.IsKind(SyntaxKind.UsingKeyword)), objects, cancellation),
                    _ => false,
                };
                if (later)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The group may leave its block only if it reads no variable declared in that block.</summary>
        private static bool LocalsStayInScope(SemanticModel model, List<StatementSyntax> group, SyntaxNode block, CancellationToken cancellation) =>
            model.AnalyzeDataFlow(group[0], group[group.Count - 1]) is { Succeeded: true } flow
            && !flow.ReadInside.Any(s => s.DeclaringSyntaxReferences.Any(r => block.Span.Contains(r.Span)));

        /// <summary>
        /// The move is an exchange of the group with the statements it jumps over (the jumps out of them were
        /// checked by the caller). It keeps the meaning when none writes what the group reads or touches what it writes, and none releases a
        /// lock the group was called under (unless the group takes that lock afresh where it lands).
        /// </summary>
        private static bool KeepsMeaning(SemanticModel model, List<StatementSyntax> group, IEnumerable<IReadOnlyList<StatementSyntax>> ranges, IReadOnlyCollection<string> rebracketed, CancellationToken cancellation)
        {
            var all = ranges.SelectMany(r => r).ToList();
            if (all.Concat(group).Any(s => s.ContainsDirectives) || !GuardGroup.LocksBalance(model, all, rebracketed, cancellation))
            {
                return false;
            }

            return ranges.Where(r => r.Count > 0).All(r => !Conflicts(model, group, model.AnalyzeDataFlow(r[0], r[r.Count - 1])));
        }

        private static bool Conflicts(SemanticModel model, List<StatementSyntax> group, DataFlowAnalysis? jumped)
        {
            var moved = model.AnalyzeDataFlow(group[0], group[group.Count - 1]);
            if (moved == null || jumped == null || !moved.Succeeded || !jumped.Succeeded)
            {
                return true;
            }

            return moved.ReadInside.Intersect(jumped.WrittenInside, SymbolEqualityComparer.Default).Any()
                || moved.WrittenInside.Intersect(jumped.ReadInside.Concat(jumped.WrittenInside), SymbolEqualityComparer.Default).Any();
        }

        /// <summary>
        /// The local that holds a returned value while the guard is put: its type (the value's type, or what it
        /// converts to on return; in an async method, the task's result) and a name not used anywhere in the body.
        /// Null for ref returns.
        /// </summary>
        private static (TypeSyntax Type, string Name)? ResultLocal(SemanticModel model, ReturnStatementSyntax ret, ExpressionSyntax returned, CancellationToken cancellation)
        {
            var owner = ret.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax);
            var info = model.GetTypeInfo(returned, cancellation);
            if (owner == null || returned is RefExpressionSyntax || info.ConvertedType is not { TypeKind: not TypeKind.Error } type || type.IsAnonymousType)
            {
                return null;
            }

            string name = PutStatements.UniqueName(owner, "result");
            TypeSyntax typeSyntax = SymbolEqualityComparer.Default.Equals(info.Type, type)
                ? SyntaxFactory.IdentifierName("var")
                : SyntaxFactory.ParseTypeName(type.ToMinimalDisplayString(model, ret.SpanStart));
            return (typeSyntax, name);
        }
    }
}
