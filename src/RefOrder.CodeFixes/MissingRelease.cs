using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// The fix shared by RO0007 (a [Releases] target still held) and RO0008 (a leaked reference): put the value at the
    /// exit that still holds it, with the one release call the method already makes on it elsewhere
    /// (<c>NfsdFilePut(nf);</c> on the success path copied above <c>return -12;</c>). Refused when the body releases
    /// the value in more than one way, in none, or only through a call that needs a lock or does more than that one
    /// put; when the return's value reads the object; and when the exit is not one statement the put can precede.
    /// </summary>
    internal sealed class MissingRelease
    {
        private readonly SyntaxNode _body;
        private readonly SyntaxNode _exit;
        private readonly ExpressionStatementSyntax _release;

        private MissingRelease(SyntaxNode body, SyntaxNode exit, ExpressionStatementSyntax release)
        {
            _body = body;
            _exit = exit;
            _release = release;
        }

        /// <summary>The action's title: what is put and where.</summary>
        public string Title(string value) => _exit is ReturnStatementSyntax
            ? $"Put '{value}' before this return"
            : $"Put '{value}' at the end of the method";

        /// <summary>
        /// Plans the put of <paramref name="value"/> (an access path as the diagnostic names it) on
        /// <paramref name="counter"/> at <paramref name="exit"/>: a <c>return</c> statement, or the block whose closing
        /// brace is the end of the body. <paramref name="entryValue"/>: the value is the one a parameter held at entry
        /// (RO0007), so a body that reassigns that parameter is refused.
        /// </summary>
        public static MissingRelease? TryPlan(SemanticModel model, SyntaxNode exit, string value, string counter, bool entryValue, CancellationToken cancellation)
        {
            var body = exit switch
            {
                ReturnStatementSyntax => exit.Ancestors().FirstOrDefault(ControlTransfers.IsBodyOwner),
                BlockSyntax { Parent: { } owner } when ControlTransfers.IsBodyOwner(owner) => owner,
                _ => null,
            };
            if (body == null || model.GetOperation(body, cancellation) is not { } bodyOperation)
            {
                return null;
            }

            var statements = OwnNodes(body).ToList();
            if (exit is BlockSyntax && statements.OfType<ReturnStatementSyntax>().Any())
            {
                return null; // the end of the body also stands for every void 'return;': which of them leaks is not known here
            }

            var releases = ReleasesOf(model, statements.OfType<ExpressionStatementSyntax>(), value, counter, cancellation);
            if (releases.Select(r => r.Statement.Expression.WithoutTrivia().ToString()).Distinct().Count() != 1)
            {
                return null;
            }

            // Sibling scopes may each declare a local of that name: all of them count as the object.
            var release = releases[0].Statement;
            var objects = AccessPaths.WithCopies(bodyOperation, releases.Select(r => r.Root));
            if (entryValue && releases.Any(r => r.Root is IParameterSymbol && Reassigns(bodyOperation, r.Root)))
            {
                return null; // the path names the parameter's current value, the contract the one the caller handed over
            }

            if (exit is ReturnStatementSyntax ret && !CanPrecede(model, ret, objects, cancellation))
            {
                return null;
            }

            return new MissingRelease(body, exit, release);
        }

        /// <summary><paramref name="root"/> with the put inserted; <paramref name="mark"/>, when given, marks the body's owner.</summary>
        public SyntaxNode Apply(SyntaxNode root, SyntaxAnnotation? mark = null)
        {
            var editor = new SyntaxEditor(root, new AdhocWorkspace().Services);
            // The statement as written elsewhere, without its own trivia: tokens built afresh would carry elastic trivia,
            // which the code action's cleanup reformats along with the lines around the insertion.
            var put = _release.WithoutTrivia();
            switch (_exit)
            {
                case ReturnStatementSyntax ret when ret.Parent is BlockSyntax or SwitchSectionSyntax:
                    StatementEdits.InsertBefore(editor, ret, new[] { put });
                    break;
                case ReturnStatementSyntax ret:
                    // An embedded 'if (fail) return -12;' gets braces so that the put runs on that path only.
                    // Here the elastic trivia of fresh tokens are wanted: the formatter lays the new block out.
                    editor.ReplaceNode(ret, (current, _) => SyntaxFactory.Block(SyntaxFactory.ExpressionStatement(put.Expression), (StatementSyntax)current.WithoutTrivia())
                        .WithTrailingTrivia(current.GetTrailingTrivia())
                        .WithAdditionalAnnotations(Formatter.Annotation));
                    break;
                case BlockSyntax { Statements.Count: > 0 } block:
                    var last = block.Statements.Last();
                    StatementEdits.InsertAfter(editor, last, new[] { put.WithLeadingTrivia(StatementTrivia.Indentation(last)) });
                    break;
                case BlockSyntax block:
                    editor.ReplaceNode(block, (current, _) => ((BlockSyntax)current).AddStatements(put).WithAdditionalAnnotations(Formatter.Annotation));
                    break;
            }

            if (mark != null)
            {
                editor.ReplaceNode(_body, (current, _) => current.WithAdditionalAnnotations(mark));
            }

            return editor.GetChangedRoot();
        }

        /// <summary>Applies the plan to <paramref name="document"/>, or null when the result has a compile error the body did not have (a local out of scope or not assigned there).</summary>
        public async Task<Document?> ApplyCheckedAsync(Document document, CancellationToken cancellation)
        {
            var mark = new SyntaxAnnotation(nameof(MissingRelease));
            var before = CompileCheck.Errors(await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false), _body);
            var fixedDocument = document.WithSyntaxRoot(Apply(_exit.SyntaxTree.GetRoot(cancellation), mark));
            var fixedRoot = await fixedDocument.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
            var marked = fixedRoot?.GetAnnotatedNodes(mark).FirstOrDefault();
            var after = marked == null ? int.MaxValue : CompileCheck.Errors(await fixedDocument.GetSemanticModelAsync(cancellation).ConfigureAwait(false), marked);
            return after > before ? null : fixedDocument;
        }

        /// <summary>
        /// The statements of the body that are one call releasing <paramref name="value"/> on <paramref name="counter"/>
        /// and doing nothing else, with the variable the value is rooted at. A call that needs a lock is left out: the
        /// exit may not hold it.
        /// </summary>
        private static List<(ExpressionStatementSyntax Statement, ISymbol Root)> ReleasesOf(SemanticModel model, IEnumerable<ExpressionStatementSyntax> statements, string value, string counter, CancellationToken cancellation)
        {
            var found = new List<(ExpressionStatementSyntax, ISymbol)>();
            var contracts = ContractTable.For(model.Compilation);
            foreach (var statement in statements)
            {
                if (statement.Expression is not InvocationExpressionSyntax invocation
                    || model.GetOperation(invocation, cancellation) is not IInvocationOperation call)
                {
                    continue;
                }

                var contract = contracts.GetMethod(call.TargetMethod);
                if (contract.Releases.Length != 1 || contract.Releases[0].Counter != counter || !contract.Acquires.IsEmpty || !contract.TryAcquires.IsEmpty
                    || !contract.Locks.IsEmpty || !contract.Unlocks.IsEmpty || !contract.RequiresLocks.IsEmpty)
                {
                    continue;
                }

                var target = contract.Releases[0].Target;
                var argument = AccessPaths.RootArgument(call, target);
                if (argument != null && AccessPaths.RootSymbol(argument) is { } root
                    && Normalized(argument.Syntax.ToString() + string.Concat(target.Members.Select(m => "." + m.Name))) == Normalized(value))
                {
                    found.Add((statement, root));
                }
            }

            return found;
        }

        /// <summary>
        /// A put may go right before <paramref name="ret"/> when the returned value does not read the object, no
        /// label jumps in between, and no enclosing finally reads the object after it.
        /// </summary>
        private static bool CanPrecede(SemanticModel model, ReturnStatementSyntax ret, HashSet<ISymbol> objects, CancellationToken cancellation)
        {
            if (ret.Parent is LabeledStatementSyntax || ret.Parent is not (BlockSyntax or SwitchSectionSyntax or IfStatementSyntax or ElseClauseSyntax))
            {
                return false;
            }

            var readers = new List<SyntaxNode>();
            if (ret.Expression != null)
            {
                readers.Add(ret.Expression);
            }

            readers.AddRange(ret.Ancestors().TakeWhile(a => !ControlTransfers.IsBodyOwner(a)).OfType<TryStatementSyntax>().Where(t => t.Finally != null && !t.Finally.Span.Contains(ret.Span)).Select(t => t.Finally!));
            return !PutStatements.Touches(model, readers, objects, cancellation);
        }

        private static bool Reassigns(IOperation body, ISymbol parameter) =>
            body.Descendants().Any(o => o is IAssignmentOperation { Target: IParameterReferenceOperation p } && SymbolEqualityComparer.Default.Equals(p.Parameter, parameter)
                || o is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: IParameterReferenceOperation q } && SymbolEqualityComparer.Default.Equals(q.Parameter, parameter));

        /// <summary>The nodes of the body itself, not of the lambdas and local functions written in it.</summary>
        private static IEnumerable<SyntaxNode> OwnNodes(SyntaxNode body) =>
            body.DescendantNodes(n => n == body || !ControlTransfers.IsSeparateBody(n));

        private static string Normalized(string text) => new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace("this.", "");
    }
}
