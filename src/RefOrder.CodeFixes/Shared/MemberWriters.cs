using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>Where a field or property is written in a solution.</summary>
    internal static class MemberWriters
    {
        /// <summary>
        /// True when <paramref name="member"/> is written anywhere outside <paramref name="only"/>: assigned, passed by
        /// ref or out, or set in an object initializer. Its declaration's initializer does not count.
        /// </summary>
        public static async Task<bool> AnyOutsideAsync(Solution solution, ISymbol member, SyntaxNode only, CancellationToken cancellation)
        {
            var references = await SymbolFinder.FindReferencesAsync(member, solution, cancellation).ConfigureAwait(false);
            foreach (var location in references.SelectMany(r => r.Locations))
            {
                if (only.SyntaxTree == location.Location.SourceTree && only.Span.Contains(location.Location.SourceSpan))
                {
                    continue;
                }

                var root = await location.Document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
                var model = await location.Document.GetSemanticModelAsync(cancellation).ConfigureAwait(false);
                var node = root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node == null || model == null)
                {
                    return true; // cannot tell: assume the worst
                }

                // `nf.NfNet`: the reference is the name; the operation belongs to the member access around it.
                if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
                {
                    node = access;
                }

                var reference = model.GetOperation(node, cancellation);
                while (reference?.Parent is IConversionOperation or IParenthesizedOperation)
                {
                    reference = reference.Parent;
                }

                bool written = reference?.Parent switch
                {
                    IAssignmentOperation assignment => assignment.Target == reference,
                    IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
                    IIncrementOrDecrementOperation => true,
                    _ => reference == null,
                };
                if (written)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
