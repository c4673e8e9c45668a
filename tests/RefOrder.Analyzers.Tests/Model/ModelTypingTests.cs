using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RefOrder.Analyzers.Tests.Model
{
    /// <summary>
    /// Incomplete code being typed: every prefix of every model file of a variant, cut at the end of each statement
    /// (and mid-statement, after its first token), compiled with the rest of the variant. The analyzers must never
    /// throw (no AD0001) and never fail internally (an internal error shows as RO0006).
    /// </summary>
    public class ModelTypingTests
    {
        public static TheoryData<string> Variants => new TheoryData<string> { "PatchV2", "LockBarrier" };

        [Theory]
        [MemberData(nameof(Variants))]
        public async Task EveryStatementPrefix_NeverThrows(string variant)
        {
            var sources = ModelCompilation.Sources(variant);
            var baseline = ModelCompilation.Compile(sources);
            int runs = 0;
            foreach (var (path, text) in sources)
            {
                var original = baseline.SyntaxTrees.Single(t => t.FilePath == path);
                foreach (int cut in CutPoints(text))
                {
                    // Only the edited document is re-analysed, as in the editor; the rest of the variant stays bound.
                    var typed = CSharpSyntaxTree.ParseText(text.Substring(0, cut), (CSharpParseOptions)original.Options, path);
                    var run = await ModelCompilation.AnalyzeTreeAsync(baseline.ReplaceSyntaxTree(original, typed), typed);
                    Assert.True(run.Exceptions.Count == 0, $"{path} cut at {cut}: {string.Join("; ", run.Exceptions)}");
                    var internalErrors = run.Diagnostics.Where(d => d.Id == "RO0006" && d.GetMessage().Contains("internal error")).ToList();
                    Assert.True(internalErrors.Count == 0, $"{path} cut at {cut}: {string.Join("; ", internalErrors)}");
                    runs++;
                }
            }

            Assert.True(runs > 100, $"only {runs} prefixes were tried");
        }

        /// <summary>The end of every statement, and the end of its first token (typing in progress).</summary>
        private static IEnumerable<int> CutPoints(string text)
        {
            var root = CSharpSyntaxTree.ParseText(text).GetRoot();
            return root.DescendantNodes().OfType<StatementSyntax>()
                .Where(s => s is not BlockSyntax)
                .SelectMany(s => new[] { s.GetFirstToken().Span.End, s.Span.End })
                .Distinct()
                .OrderBy(i => i);
        }
    }
}
