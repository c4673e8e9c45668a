using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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
    /// The RO0002 move: the late acquire <c>GetNet(nf.NfNet)</c> — with the statements right after it that only record
    /// it on the same object (<c>nf.SetBit(NetHeld)</c>) — is deleted, the same acquire of the site's live value
    /// (<c>GetNet(net)</c>) and the same records are inserted just before the liveness site <c>nf.NfNet = net;</c>, and
    /// the member is marked <c>[HoldsRef(Counter = …)]</c> with the acquire's counter. Planned only when every piece
    /// can be written down unambiguously and binds at its new place.
    /// </summary>
    internal sealed class PinPlacementMove
    {
        private readonly DocumentId _lateDocument;
        private readonly List<StatementSyntax> _lateRun;
        private readonly DocumentId _siteDocument;
        private readonly StatementSyntax _site;
        private readonly List<StatementSyntax> _inserted;
        private readonly DocumentId? _memberDocument;
        private readonly MemberDeclarationSyntax? _member;
        private readonly string? _counter;

        private PinPlacementMove(DocumentId lateDocument, List<StatementSyntax> lateRun, DocumentId siteDocument, StatementSyntax site, List<StatementSyntax> inserted, DocumentId? memberDocument, MemberDeclarationSyntax? member, string? counter)
        {
            _lateDocument = lateDocument;
            _lateRun = lateRun;
            _siteDocument = siteDocument;
            _site = site;
            _inserted = inserted;
            _memberDocument = memberDocument;
            _member = member;
            _counter = counter;
        }

        /// <summary>
        /// Plans the move of the acquire at <paramref name="acquire"/> (RO0002's location) to the liveness site
        /// <paramref name="siteNode"/> (its additional location), or returns null when it cannot be done safely.
        /// </summary>
        public static async Task<PinPlacementMove?> TryPlanAsync(Solution solution, TrackedNode acquire, TrackedNode siteNode, CancellationToken cancellation)
        {
            var lateDocument = solution.GetDocument(acquire.Document);
            var siteDocument = solution.GetDocument(siteNode.Document);
            if (lateDocument == null || siteDocument == null
                || await lateDocument.GetSemanticModelAsync(cancellation).ConfigureAwait(false) is not { } lateModel
                || await siteDocument.GetSemanticModelAsync(cancellation).ConfigureAwait(false) is not { } siteModel)
            {
                return null;
            }

            var late = LateAcquire.Find(lateModel, acquire.Node, cancellation);
            var site = LivenessSiteSyntax.Find(siteModel, siteNode.Node, late?.Member, cancellation);
            if (late == null || site == null)
            {
                return null;
            }

            if (await MemberWriters.AnyOutsideAsync(solution, late.Member, site.Statement, cancellation).ConfigureAwait(false))
            {
                return null; // another writer would store values nobody pinned into a member now marked [HoldsRef]
            }

            var inserted = Rewrite(late, site);
            if (!BindsAtSite(siteModel, site.Statement, inserted, late, cancellation))
            {
                return null; // a name the moved statements use means something else (or nothing) at the site
            }

            if (AlreadyThere(site.Statement, inserted))
            {
                inserted.Clear(); // an earlier fix of the same fix-all already pinned at this site
            }

            var (memberDocument, member) = MemberToMark(solution, late.Member, cancellation);
            if (member == null && !HoldsRefMarker.IsMarked(late.Member))
            {
                return null; // the member cannot be marked (metadata, or one declaration of several variables)
            }

            return new PinPlacementMove(acquire.Document, late.Run, siteNode.Document, site.Statement, inserted, memberDocument?.Id, member, late.Counter);
        }

        /// <summary>Applies the three edits to <paramref name="solution"/>, the solution the plan was made on.</summary>
        public async Task<Solution> ApplyAsync(Solution solution, CancellationToken cancellation)
        {
            var editor = new SolutionEditor(solution);
            var late = await editor.GetDocumentEditorAsync(_lateDocument, cancellation).ConfigureAwait(false);
            StatementEdits.RemoveRun(late, _lateRun);

            var site = await editor.GetDocumentEditorAsync(_siteDocument, cancellation).ConfigureAwait(false);
            StatementEdits.InsertBefore(site, _site, _inserted);

            if (_member != null && _memberDocument != null)
            {
                var memberEditor = await editor.GetDocumentEditorAsync(_memberDocument, cancellation).ConfigureAwait(false);
                memberEditor.ReplaceNode(_member, (current, _) => HoldsRefMarker.Mark((MemberDeclarationSyntax)current, _counter));
            }

            var changed = editor.GetChangedSolution();
            return _memberDocument == null ? changed : await HoldsRefMarker.ImportNamespaceAsync(changed, _memberDocument, cancellation).ConfigureAwait(false);
        }

        /// <summary>The late statements as they read at the site: the site's value acquired, the site's holder recorded.</summary>
        private static List<StatementSyntax> Rewrite(LateAcquire late, LivenessSiteSyntax site)
        {
            var result = new List<StatementSyntax>();
            var acquire = late.Run[0].ReplaceNode(late.Target, site.Value.WithTriviaFrom(late.Target));
            result.Add(acquire);
            foreach (var record in late.Run.Skip(1))
            {
                result.Add(record.ReplaceNodes(late.HolderReferences(record), (original, _) => site.Holder.WithTriviaFrom(original)));
            }

            return result;
        }

        /// <summary>
        /// True when every name in the rewritten statements binds at the site and every call binds to the method
        /// it called at the late place (so <c>GetNet</c> is still the acquire, <c>SetBit</c> still the record).
        /// </summary>
        private static bool BindsAtSite(SemanticModel siteModel, StatementSyntax site, List<StatementSyntax> inserted, LateAcquire late, CancellationToken cancellation)
        {
            for (int i = 0; i < inserted.Count; i++)
            {
                if (!siteModel.TryGetSpeculativeSemanticModel(site.SpanStart, inserted[i], out var speculative))
                {
                    return false;
                }

                var expected = late.Run[i].DescendantNodes().OfType<InvocationExpressionSyntax>()
                    .Select(c => late.Model.GetSymbolInfo(c, cancellation).Symbol?.OriginalDefinition);
                var actual = inserted[i].DescendantNodes().OfType<InvocationExpressionSyntax>()
                    .Select(c => speculative.GetSymbolInfo(c, cancellation).Symbol?.OriginalDefinition);
                if (!expected.SequenceEqual(actual, SymbolEqualityComparer.Default)
                    || inserted[i].DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => speculative.GetSymbolInfo(n, cancellation).Symbol == null))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The statements just before the site already are the ones to insert.</summary>
        private static bool AlreadyThere(StatementSyntax site, List<StatementSyntax> inserted)
        {
            if (site.Parent is not BlockSyntax block)
            {
                return false;
            }

            int index = block.Statements.IndexOf(site);
            if (index < inserted.Count)
            {
                return false;
            }

            return inserted.Select((s, i) => s.IsEquivalentTo(block.Statements[index - inserted.Count + i], topLevel: false)).All(same => same);
        }

        private static (Document? Document, MemberDeclarationSyntax? Declaration) MemberToMark(Solution solution, ISymbol member, CancellationToken cancellation)
        {
            if (HoldsRefMarker.IsMarked(member) || member.DeclaringSyntaxReferences.Length != 1)
            {
                return (null, null);
            }

            var reference = member.DeclaringSyntaxReferences[0];
            var document = solution.GetDocument(reference.SyntaxTree);
            var declaration = reference.GetSyntax(cancellation) switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } => field,
                PropertyDeclarationSyntax property => property,
                _ => (MemberDeclarationSyntax?)null,
            };
            return document == null ? (null, null) : (document, declaration);
        }

    }
}
