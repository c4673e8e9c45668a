using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RefOrder.CodeFixes.Shared
{
    /// <summary>
    /// Fix all at document, project and solution scope through <see cref="SequentialFixAll"/>. Solution scope is what
    /// <c>dotnet format</c> asks for; without it the command silently skips the fix.
    /// </summary>
    internal sealed class SequentialFixAllProvider : FixAllProvider
    {
        private readonly string _title;
        private readonly SequentialFixAll.FixOne _fix;

        public SequentialFixAllProvider(string title, SequentialFixAll.FixOne fix)
        {
            _title = title;
            _fix = fix;
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            var diagnostics = await InScopeAsync(context).ConfigureAwait(false);
            if (diagnostics.Count == 0)
            {
                return null;
            }

            return CodeAction.Create(
                _title,
                cancellation => SequentialFixAll.FixAsync(context.Solution, diagnostics, _fix, context.CodeActionEquivalenceKey, cancellation),
                context.CodeActionEquivalenceKey);
        }

        private static async Task<List<Diagnostic>> InScopeAsync(FixAllContext context)
        {
            var result = new List<Diagnostic>();
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document != null:
                    result.AddRange(await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false));
                    break;
                case FixAllScope.Project:
                    result.AddRange(await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false));
                    break;
                case FixAllScope.Solution:
                    foreach (var project in context.Solution.Projects)
                    {
                        result.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                    }

                    break;
            }

            return result;
        }
    }
}
