using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// RO0002's conditional acquire, the kernel's usual fix for a get whose target may be on its way out
    /// (<c>get_net</c> → <c>maybe_get_net</c>, <c>kref_get</c> → <c>kref_get_unless_zero</c>): the statement
    /// <c>GetNet(x);</c> becomes <c>if (!MaybeGetNet(x)) { continue; }</c>, leaving by the exit the context makes
    /// obvious — <c>continue</c> in a loop, else <c>return;</c>, <c>return false;</c> or <c>return null;</c> for
    /// the method's result type. Planned only for a <c>bool</c> [TryAcquires] method with the acquire's parameters,
    /// target and counter, and only where leaving there skips no unlock and no release of something taken before.
    /// </summary>
    internal sealed class ConditionalAcquireMove
    {
        private readonly ExpressionStatementSyntax _statement;
        private readonly ExpressionSyntax _conditional;
        private readonly StatementSyntax _exit;

        private ConditionalAcquireMove(ExpressionStatementSyntax statement, ExpressionSyntax conditional, StatementSyntax exit)
        {
            _statement = statement;
            _conditional = conditional;
            _exit = exit;
        }

        /// <summary>Plans the rewrite of the acquire <paramref name="node"/> (RO0002's location), or null when it is not mechanical.</summary>
        public static ConditionalAcquireMove? TryPlan(SemanticModel model, SyntaxNode node, CancellationToken cancellation)
        {
            if (node is not InvocationExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: BlockSyntax } statement } invocation
                || model.GetOperation(invocation, cancellation) is not IInvocationOperation call
                || Counterpart(model, call.TargetMethod) is not { } conditional
                || !Callable(model, invocation, conditional, cancellation, out var replaced)
                || Exit(model, statement, call, cancellation) is not { } exit)
            {
                return null;
            }

            return new ConditionalAcquireMove(statement, replaced, exit);
        }

        /// <summary>Rewrites <paramref name="root"/>: the acquire statement becomes the test of the conditional acquire.</summary>
        public SyntaxNode Apply(SyntaxNode root)
        {
            var indentation = StatementTrivia.Indentation(_statement);
            var lineBreak = StatementTrivia.LineBreak(_statement);
            var unit = IndentationUnit(_statement);
            var inner = SyntaxFactory.TriviaList(indentation.Concat(unit));
            var test = SyntaxFactory.IfStatement(
                SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, _conditional.WithoutTrivia()),
                SyntaxFactory.Block(SyntaxFactory.SingletonList(_exit.WithLeadingTrivia(inner).WithTrailingTrivia(lineBreak)))
                    .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(indentation).WithTrailingTrivia(lineBreak))
                    .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(indentation)))
                .WithIfKeyword(SyntaxFactory.Token(SyntaxKind.IfKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                .WithCloseParenToken(SyntaxFactory.Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(lineBreak))
                .WithLeadingTrivia(_statement.GetLeadingTrivia())
                .WithTrailingTrivia(_statement.GetTrailingTrivia());
            var editor = new SyntaxEditor(root, new AdhocWorkspace().Services);
            editor.ReplaceNode(_statement, test);
            return editor.GetChangedRoot();
        }

        /// <summary>
        /// A [TryAcquires] method returning bool that takes the same reference as <paramref name="acquire"/>: the
        /// same parameters, the same target parameter and counter, static like it, requiring no lock the acquire
        /// does not.
        /// </summary>
        private static IMethodSymbol? Counterpart(SemanticModel model, IMethodSymbol acquire)
        {
            var contracts = ContractTable.For(model.Compilation);
            var effects = contracts.GetMethod(acquire).Acquires;
            if (effects.Length != 1 || effects[0].Target is not { Root: PathRootKind.Parameter, Members.IsEmpty: true } target)
            {
                return null;
            }

            // The acquire's own type, then the target's, then any static helper in the compilation's source.
            var places = new[] { acquire.ContainingType, target.Type as INamedTypeSymbol }.OfType<INamedTypeSymbol>()
                .SelectMany(t => t.GetMembers().OfType<IMethodSymbol>())
                .Concat(model.Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member).OfType<IMethodSymbol>().OrderBy(m => m.ToDisplayString(), System.StringComparer.Ordinal));
            return places.FirstOrDefault(m =>
                m.ReturnType.SpecialType == SpecialType.System_Boolean
                && m.IsStatic == acquire.IsStatic
                && (acquire.IsStatic || SymbolEqualityComparer.Default.Equals(m.ContainingType, acquire.ContainingType))
                && m.Parameters.Length == acquire.Parameters.Length
                && m.Parameters.Zip(acquire.Parameters, (a, b) => a.RefKind == b.RefKind && SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(x => x)
                && contracts.GetMethod(m) is { Acquires.IsEmpty: true, TryAcquires.Length: 1 } contract
                && contract.TryAcquires[0].Target is { Root: PathRootKind.Parameter, Members.IsEmpty: true } tried
                && tried.ParameterOrdinal == target.ParameterOrdinal
                && contract.TryAcquires[0].Counter == effects[0].Counter
                && contract.RequiresLocks.All(contracts.GetMethod(acquire).RequiresLocks.Contains));
        }

        /// <summary>
        /// The call of <paramref name="conditional"/> with the acquire's arguments, written so that it binds to that
        /// method where the acquire was (checked by binding it there).
        /// </summary>
        private static bool Callable(SemanticModel model, InvocationExpressionSyntax invocation, IMethodSymbol conditional, CancellationToken cancellation, out ExpressionSyntax replaced)
        {
            ExpressionSyntax callee = invocation.Expression switch
            {
                MemberAccessExpressionSyntax access when model.GetSymbolInfo(access.Expression, cancellation).Symbol is not INamedTypeSymbol || conditional.ContainingType.Equals(model.GetSymbolInfo(access.Expression, cancellation).Symbol, SymbolEqualityComparer.Default)
                    => access.WithName(SyntaxFactory.IdentifierName(conditional.Name)),
                IdentifierNameSyntax name => name.WithIdentifier(SyntaxFactory.Identifier(conditional.Name)),
                _ => SyntaxFactory.ParseExpression(conditional.ContainingType.ToMinimalDisplayString(model, invocation.SpanStart) + "." + conditional.Name),
            };
            replaced = invocation.WithExpression(callee.WithTriviaFrom(invocation.Expression));
            var bound = model.GetSpeculativeSymbolInfo(invocation.SpanStart, replaced, SpeculativeBindingOption.BindAsExpression).Symbol;
            if (!SymbolEqualityComparer.Default.Equals(bound?.OriginalDefinition, conditional.OriginalDefinition) && invocation.Expression is IdentifierNameSyntax)
            {
                // Found in the target's type, not in scope by its simple name: qualify it.
                replaced = invocation.WithExpression(SyntaxFactory.ParseExpression(conditional.ContainingType.ToMinimalDisplayString(model, invocation.SpanStart) + "." + conditional.Name));
                bound = model.GetSpeculativeSymbolInfo(invocation.SpanStart, replaced, SpeculativeBindingOption.BindAsExpression).Symbol;
            }

            return SymbolEqualityComparer.Default.Equals(bound?.OriginalDefinition, conditional.OriginalDefinition);
        }

        /// <summary>
        /// How to leave when the conditional acquire fails: <c>continue</c> in the nearest loop, else the return the
        /// method's type makes obvious. Null when there is none, or when leaving would skip the unlock of a lock or the
        /// release of a reference taken earlier on the way (the statements before the acquire, up to the loop body or
        /// the method body, must hold no lock and take no reference).
        /// </summary>
        private static StatementSyntax? Exit(SemanticModel model, StatementSyntax statement, IInvocationOperation acquire, CancellationToken cancellation)
        {
            var before = new List<StatementSyntax>();
            var after = new List<StatementSyntax>();
            for (SyntaxNode current = statement; current.Parent != null; current = current.Parent)
            {
                if (current.Parent is BlockSyntax block && current is StatementSyntax inner)
                {
                    before.InsertRange(0, block.Statements.TakeWhile(s => s != inner));
                    after.AddRange(block.Statements.SkipWhile(s => s != inner).Skip(1));
                }

                bool safe = Safe(model, before, cancellation) && !ReleasesOther(model, after, acquire, cancellation);
                switch (current.Parent)
                {
                    case ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                        return safe && !SkipsAdvance(model, current.Parent, after) ? SyntaxFactory.ContinueStatement() : null;
                    case SwitchSectionSyntax or TryStatementSyntax or CatchClauseSyntax or FinallyClauseSyntax or UsingStatementSyntax or LockStatementSyntax or LabeledStatementSyntax:
                        return null; // leaving from in there has effects of its own (a finally, a Dispose, an unlock)
                    case BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax:
                        return safe ? Return(model, current.Parent, cancellation) : null;
                }
            }

            return null;
        }

        /// <summary>
        /// True when the skipped statements write what the loop's condition reads (<c>i++</c> at the end of a while
        /// body): <c>continue</c> would then spin on the same element.
        /// </summary>
        private static bool SkipsAdvance(SemanticModel model, SyntaxNode loop, List<StatementSyntax> after)
        {
            var condition = loop switch
            {
                WhileStatementSyntax w => w.Condition,
                DoStatementSyntax d => d.Condition,
                ForStatementSyntax f => f.Condition,
                _ => null,
            };
            if (condition == null || after.Count == 0)
            {
                return false;
            }

            var read = model.AnalyzeDataFlow(condition);
            var written = after.Select(s => model.AnalyzeDataFlow(s)).ToList();
            return read is not { Succeeded: true } || written.Any(w => w is not { Succeeded: true } || w.WrittenInside.Intersect(read.ReadInside, SymbolEqualityComparer.Default).Any());
        }

        /// <summary>
        /// True when the code the early exit skips releases anything but the reference just acquired: skipping the
        /// paired put of a reference not taken is the point, skipping any other put would leak.
        /// </summary>
        private static bool ReleasesOther(SemanticModel model, List<StatementSyntax> after, IInvocationOperation acquire, CancellationToken cancellation)
        {
            var contracts = ContractTable.For(model.Compilation);
            var acquired = contracts.GetMethod(acquire.TargetMethod).Acquires.Select(e => AccessPaths.RootArgument(acquire, e.Target)?.Syntax.ToString()).ToList();
            foreach (var invocation in after.SelectMany(s => s.DescendantNodesAndSelf(n => !ControlTransfers.IsSeparateBody(n)).OfType<InvocationExpressionSyntax>()))
            {
                if (model.GetOperation(invocation, cancellation) is IInvocationOperation call
                    && contracts.GetMethod(call.TargetMethod).Releases.Any(e => !acquired.Contains(AccessPaths.RootArgument(call, e.Target)?.Syntax.ToString())))
                {
                    return true;
                }
            }

            return false;
        }

        private static StatementSyntax? Return(SemanticModel model, SyntaxNode owner, CancellationToken cancellation)
        {
            var method = model.GetDeclaredSymbol(owner, cancellation) as IMethodSymbol
                ?? (owner is AnonymousFunctionExpressionSyntax ? model.GetSymbolInfo(owner, cancellation).Symbol as IMethodSymbol : null);
            if (method == null || method.IsAsync || owner.DescendantNodes().OfType<YieldStatementSyntax>().Any() || method.Parameters.Any(p => p.RefKind == RefKind.Out) || method.ReturnsByRef
                || ContractTable.For(model.Compilation).GetMethod(method) is { Acquires.IsEmpty: false } or { TryAcquires.IsEmpty: false } or { Releases.IsEmpty: false } or { Locks.IsEmpty: false } or { Unlocks.IsEmpty: false })
            {
                return null; // an early return would break the method's own contract
            }

            var type = method.ReturnType;
            ExpressionSyntax? value = type.SpecialType switch
            {
                SpecialType.System_Void => null,
                SpecialType.System_Boolean => SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression),
                _ when type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T => SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression),
                _ => SyntaxFactory.IdentifierName("?"),
            };
            if (value is IdentifierNameSyntax)
            {
                return null; // a value type other than bool: no failure value is obvious
            }

            return value == null ? SyntaxFactory.ReturnStatement() : SyntaxFactory.ReturnStatement(value.WithLeadingTrivia(SyntaxFactory.Space));
        }

        /// <summary>Nothing before the acquire on the way out holds a lock or a reference that the early exit would skip releasing.</summary>
        private static bool Safe(SemanticModel model, List<StatementSyntax> before, CancellationToken cancellation)
        {
            var contracts = ContractTable.For(model.Compilation);
            bool takesReference = before.SelectMany(s => s.DescendantNodesAndSelf(n => !ControlTransfers.IsSeparateBody(n)).OfType<InvocationExpressionSyntax>())
                .Any(i => model.GetOperation(i, cancellation) is IInvocationOperation c && contracts.GetMethod(c.TargetMethod) is { } m && (!m.Acquires.IsEmpty || !m.TryAcquires.IsEmpty));
            return !takesReference && GuardGroup.LocksBalance(model, before, cancellation);
        }

        /// <summary>One level of indentation as the document writes it: the statement's indentation minus its block's.</summary>
        private static SyntaxTriviaList IndentationUnit(StatementSyntax statement)
        {
            string own = StatementTrivia.Indentation(statement).ToFullString();
            string outer = statement.Parent is BlockSyntax block ? block.OpenBraceToken.LeadingTrivia.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault().ToFullString() : "";
            string unit = own.Length > outer.Length && own.StartsWith(outer, System.StringComparison.Ordinal) ? own.Substring(outer.Length) : "    ";
            return SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(unit));
        }
    }
}
