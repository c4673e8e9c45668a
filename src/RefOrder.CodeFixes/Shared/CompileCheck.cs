using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>
    /// A fix that inserts code is offered only when its result compiles as well as the original did: a name that does
    /// not bind at its new place, or a local not assigned there, withdraws the fix instead of breaking the build.
    /// </summary>
    internal static class CompileCheck
    {
        /// <summary><paramref name="changed"/>, or null when it has more compile errors than <paramref name="original"/>.</summary>
        public static async Task<Document?> KeepIfNoNewErrorsAsync(Document original, Document changed, CancellationToken cancellation)
        {
            int before = Errors(await original.GetSemanticModelAsync(cancellation).ConfigureAwait(false));
            int after = Errors(await changed.GetSemanticModelAsync(cancellation).ConfigureAwait(false));
            return after > before ? null : changed;
        }

        /// <summary>Compile errors in <paramref name="node"/>'s span (the whole document when null).</summary>
        public static int Errors(SemanticModel? model, SyntaxNode? node = null) =>
            model == null ? int.MaxValue
            : (node == null ? model.GetDiagnostics() : model.GetDiagnostics(node.Span)).Count(d => d.Severity == DiagnosticSeverity.Error);
    }
}
