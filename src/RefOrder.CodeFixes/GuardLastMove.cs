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
    /// just after the object's last put or use in the same block. A last use <c>return Finish(nf);</c> becomes
    /// <c>var result = Finish(nf);</c> with the group and <c>return result;</c> after it; an object disposed by the
    /// enclosing <c>using</c> gets the group after the using statement; an object put in the <c>finally</c> of the
    /// enclosing try gets it after that put. Holding the guard longer never frees anything early; planned only when
    /// nothing jumped over depends on the guard reference or its variables and no jump makes the place ambiguous.
    /// </summary>
    internal sealed class GuardLastMove
    {
        private readonly List<StatementSyntax> _group;
        private readonly StatementSyntax _destination;
        private readonly TypeSyntax? _resultType;
        private readonly string? _resultName;

        private GuardLastMove(List<StatementSyntax> group, StatementSyntax destination, TypeSyntax? resultType, string? resultName)
        {
            _group = group;
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
            if (guardNode is not InvocationExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: BlockSyntax block } guardStatement } guardCall
                || model.GetOperation(guardCall, cancellation) is not IInvocationOperation call
                || ObjectRoots(model, accessNode, cancellation) is not { } roots
                || model.GetOperation(block.AncestorsAndSelf().OfType<BlockSyntax>().Last(), cancellation) is not { } body
                || GuardGroup.Find(model, block, guardStatement, call, cancellation) is not { } group)
            {
                return null; // the guard put is part of a larger statement, or its lock bracket cannot travel with it
            }

            var objects = AccessPaths.WithCopies(body, roots);
            if (PutStatements.Touches(model, group, objects, cancellation))
            {
                return null; // the guard is read through the object (NfsdNetPut(nf.NfNet)): after the object's put that read is a use after put
            }

            var statements = block.Statements;
            var after = statements.Skip(statements.IndexOf(group[group.Count - 1]) + 1).ToList();
            int last = after.FindLastIndex(s => PutStatements.Touches(model, new[] { s }, objects, cancellation));
            if (ExitTouches(model, block, objects, cancellation) is { } exit)
            {
                // The object is put again when control leaves the block (a using's Dispose, a finally's put): the
                // group goes after that, so the whole rest of the block is jumped over.
                var ranges = new List<IReadOnlyList<StatementSyntax>> { after, exit.Range };
                return LocalsStayInScope(model, group, block, cancellation) && KeepsMeaning(model, group, ranges, cancellation)
                    ? new GuardLastMove(group, exit.Destination, null, null)
                    : null;
            }

            if (last < 0)
            {
                return null; // the object's later accesses are outside this block (another branch, after the loop): no single place follows them all
            }

            var destination = after[last];
            if (destination is ReturnStatementSyntax { Expression: { } returned } ret)
            {
                var jumped = new List<IReadOnlyList<StatementSyntax>> { after.Take(last).ToList() };
                return ResultLocal(model, ret, returned, cancellation) is { } local
                    && KeepsMeaning(model, group, jumped, cancellation) && !Conflicts(model, group, model.AnalyzeDataFlow(returned))
                    ? new GuardLastMove(group, ret, local.Type, local.Name)
                    : null;
            }

            return KeepsMeaning(model, group, new[] { after.Take(last + 1).ToList() }, cancellation)
                ? new GuardLastMove(group, destination, null, null)
                : null;
        }

        /// <summary>Rewrites <paramref name="root"/> (the root the plan was made on) with the group moved.</summary>
        public SyntaxNode Apply(SyntaxNode root)
        {
            var editor = new SyntaxEditor(root, new AdhocWorkspace().Services);
            StatementEdits.RemoveRun(editor, _group);
            if (_destination is ReturnStatementSyntax ret && _resultType != null && _resultName != null)
            {
                // return Finish(nf);  ->  var result = Finish(nf); <group> return result;
                var declaration = SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(
                    _resultType,
                    SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(_resultName))
                        .WithInitializer(SyntaxFactory.EqualsValueClause(ret.Expression!.WithoutTrivia())))))
                    .NormalizeWhitespace();
                StatementEdits.InsertBefore(editor, ret, new StatementSyntax[] { declaration }.Concat(_group).ToList());
                editor.ReplaceNode(ret.Expression!, SyntaxFactory.IdentifierName(_resultName).WithTriviaFrom(ret.Expression!));
            }
            else
            {
                StatementEdits.InsertAfter(editor, _destination, _group);
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
        private static (StatementSyntax Destination, IReadOnlyList<StatementSyntax> Range)? ExitTouches(SemanticModel model, BlockSyntax block, HashSet<ISymbol> objects, CancellationToken cancellation)
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

        /// <summary>The group may leave its block only if it reads no variable declared in that block.</summary>
        private static bool LocalsStayInScope(SemanticModel model, List<StatementSyntax> group, BlockSyntax block, CancellationToken cancellation) =>
            model.AnalyzeDataFlow(group[0], group[group.Count - 1]) is { Succeeded: true } flow
            && !flow.ReadInside.Any(s => s.DeclaringSyntaxReferences.Any(r => block.Span.Contains(r.Span)));

        /// <summary>
        /// The move is an exchange of the group with the statements it jumps over. It keeps the meaning when no jump
        /// leaves those statements, none writes what the group reads or touches what it writes, and none releases a
        /// lock the group was called under.
        /// </summary>
        private static bool KeepsMeaning(SemanticModel model, List<StatementSyntax> group, IEnumerable<IReadOnlyList<StatementSyntax>> ranges, CancellationToken cancellation)
        {
            var all = ranges.SelectMany(r => r).ToList();
            if (ControlTransfers.Any(all) || all.Concat(group).Any(s => s.ContainsDirectives) || !GuardGroup.LocksBalance(model, all, cancellation))
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
        /// converts to on return) and a name not used anywhere in the body. Null for ref returns and in async
        /// methods and iterators, where a return does not simply hand the value back.
        /// </summary>
        private static (TypeSyntax Type, string Name)? ResultLocal(SemanticModel model, ReturnStatementSyntax ret, ExpressionSyntax returned, CancellationToken cancellation)
        {
            var owner = ret.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax);
            var info = model.GetTypeInfo(returned, cancellation);
            bool isAsync = owner switch
            {
                MethodDeclarationSyntax m => m.Modifiers.Any(SyntaxKind.AsyncKeyword),
                LocalFunctionStatementSyntax f => f.Modifiers.Any(SyntaxKind.AsyncKeyword),
                AnonymousFunctionExpressionSyntax f => f.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
                _ => false,
            };
            if (owner == null || isAsync || returned is RefExpressionSyntax || info.ConvertedType is not { TypeKind: not TypeKind.Error } type || type.IsAnonymousType)
            {
                return null;
            }

            var used = new HashSet<string>(owner.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
            string name = Enumerable.Range(0, 100).Select(i => i == 0 ? "result" : "result" + i).First(n => !used.Contains(n));
            TypeSyntax typeSyntax = SymbolEqualityComparer.Default.Equals(info.Type, type)
                ? SyntaxFactory.IdentifierName("var")
                : SyntaxFactory.ParseTypeName(type.ToMinimalDisplayString(model, ret.SpanStart));
            return (typeSyntax, name);
        }
    }
}
