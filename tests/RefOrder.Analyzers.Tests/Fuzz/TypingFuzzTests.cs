using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Abstractions;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// Typing inside statements: for every model file, one statement drawn with the seed (a member declaration where
    /// the file has no statement) is typed token by token: the file is cut at the start of the statement and after each
    /// of its tokens, and the prefix is analysed with the rest of its variant. <see cref="Model.ModelTypingTests"/> cuts
    /// at statement ends; this goes inside them.
    /// </summary>
    public class TypingFuzzTests
    {
        private const int Seed = 20260611;

        /// <summary>Every fourth prefix is also analysed sequentially and compared (determinism), to bound the run.</summary>
        private const int CompareEvery = 4;

        private readonly ITestOutputHelper _output;

        public TypingFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task EveryModelFile_TypedThroughASampledStatement_NeverThrows()
        {
            var clock = new FuzzClock();
            var failures = new FuzzFailures($"typing, seed {Seed}");
            var random = new Random(Seed);
            int cuts = 0;
            foreach (var file in ModelFiles.All)
            {
                var node = Sample(CSharpSyntaxTree.ParseText(file.Text).GetRoot(), random);
                foreach (int cut in Cuts(node))
                {
                    var (compilation, tree) = file.With(file.Text.Substring(0, cut));
                    var label = $"seed {Seed}, {file.Path} ({file.Variant}) cut at {cut} {FuzzCase.Around(file.Text, cut)}";
                    await FuzzCase.CheckTreeAsync(failures, label, compilation, tree, compare: cuts++ % CompareEvery == 0);
                }
            }

            _output.WriteLine($"{ModelFiles.All.Count} files: " + clock.Report(failures.Cases));
            failures.AssertNone();
        }

        private static SyntaxNode Sample(SyntaxNode root, Random random)
        {
            var statements = root.DescendantNodes().OfType<StatementSyntax>().Where(s => s is not BlockSyntax).ToList<SyntaxNode>();
            var pool = statements.Count > 0 ? statements : root.DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m is not BaseNamespaceDeclarationSyntax and not TypeDeclarationSyntax).ToList<SyntaxNode>();
            return pool[random.Next(pool.Count)];
        }

        /// <summary>Token boundaries inside the node: its start, then the end of each of its tokens.</summary>
        private static IEnumerable<int> Cuts(SyntaxNode node) =>
            new[] { node.SpanStart }.Concat(node.DescendantTokens().Select(t => t.Span.End)).Distinct();
    }
}
