using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace RefOrder.Analyzers.Tests.Meta
{
    /// <summary>
    /// The C# examples of docs/annotations.md and docs/rules/ compile, and, for every rule an analyzer already
    /// implements, show what they claim: a block under a "Non-compliant" heading of a rule page raises that
    /// page's rule, and every other block raises no RefOrder diagnostic. Rules not implemented yet are not
    /// asserted, so the examples are checked as each rule lands.
    /// </summary>
    public sealed class DocumentationSnippetTests
    {
        private static readonly Regex RuleId = new("^RO[0-9]{4}$");

        private static readonly Lazy<Snippet> Vocabulary = new(() =>
            Assert.Single(Snippets("annotations.md"), snippet => snippet.Kind == Snippet.Vocabulary));

        public static TheoryData<string> Pages()
        {
            var data = new TheoryData<string> { "annotations.md" };
            foreach (var page in Directory.EnumerateFiles(RepositoryFiles.RulesFolder, "*.md").OrderBy(path => path, StringComparer.Ordinal))
            {
                data.Add("rules/" + Path.GetFileName(page));
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Pages))]
        public async Task Examples_compile_and_show_what_they_claim(string page)
        {
            var pageId = Path.GetFileNameWithoutExtension(page);
            var analyzers = AnalyzerCatalog.Analyzers();
            var implemented = analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(d => d.Id).ToHashSet();

            foreach (var snippet in Snippets(page).Where(snippet => snippet.Kind != Snippet.Fragment))
            {
                var sources = snippet.Kind is Snippet.Standalone or Snippet.Vocabulary
                    ? new[] { snippet.Code }
                    : new[] { Vocabulary.Value.Code, snippet.Code };
                var compilation = SnippetCompiler.Compile("Snippet", sources);
                Assert.True(!SnippetCompiler.Errors(compilation).Any(), $"{snippet} does not compile:\n{string.Join("\n", SnippetCompiler.Errors(compilation))}");

                if (analyzers.IsEmpty)
                {
                    continue;
                }

                var (diagnostics, exceptions) = await SnippetCompiler.AnalyzeAsync(compilation, analyzers);
                Assert.True(exceptions.Count == 0, $"{snippet} makes an analyzer throw:\n{string.Join("\n", exceptions)}");

                var reported = diagnostics.Where(d => d.Id.StartsWith("RO", StringComparison.Ordinal)).ToList();
                var shown = string.Join("\n", reported);
                if (snippet.IsNonCompliantExample && RuleId.IsMatch(pageId))
                {
                    if (implemented.Contains(pageId))
                    {
                        Assert.True(reported.Any(d => d.Id == pageId), $"{snippet} should raise {pageId}; it raises:\n{shown}");
                    }
                }
                else
                {
                    Assert.True(reported.Count == 0, $"{snippet} should raise no RefOrder diagnostic; it raises:\n{shown}");
                }
            }
        }

        private static IReadOnlyList<Snippet> Snippets(string page) =>
            MarkdownSnippets.Read(RepositoryFiles.PathOf("docs", page), "docs/" + page);
    }
}
