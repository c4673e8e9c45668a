using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Abstractions;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// Plausible wrong orders: in the Reviewed variant, the statements of a seeded block (one with at least two
    /// statements) are shuffled, and the file is analysed with the rest of the variant, concurrently and sequentially.
    /// Shuffles that no longer compile (a use before its declaration) are kept: broken code is input too.
    /// </summary>
    public class PermutationFuzzTests
    {
        private const int Seed = 777;
        private const int Cases = 40;

        private readonly ITestOutputHelper _output;

        public PermutationFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task ReviewedWithShuffledBlocks_NeverThrowsAndIsDeterministic()
        {
            var clock = new FuzzClock();
            var failures = new FuzzFailures($"statement permutations of Reviewed, seed {Seed}");
            var random = new Random(Seed);
            var files = ModelFiles.All.Where(f => f.Variant == "Reviewed" || Model.ModelCompilation.Folders["Reviewed"].Any(folder => f.Path.StartsWith(folder + "/", StringComparison.Ordinal)))
                .Select(f => (File: new ModelFile("Reviewed", f.Path, f.Text), Blocks: Blocks(f.Text)))
                .Where(f => f.Blocks.Length > 0)
                .ToList();
            for (int i = 0; i < Cases; i++)
            {
                var (file, blocks) = files[random.Next(files.Count)];
                var block = blocks[random.Next(blocks.Length)];
                var order = Enumerable.Range(0, block.Statements.Count).OrderBy(_ => random.Next()).ToArray();
                if (order.SequenceEqual(Enumerable.Range(0, order.Length)))
                {
                    order = order.Skip(1).Append(0).ToArray(); // a shuffle that changes nothing tests nothing: rotate
                }

                var shuffled = block.WithStatements(SyntaxFactory.List(order.Select(k => block.Statements[k])));
                var text = block.SyntaxTree.GetRoot().ReplaceNode(block, shuffled).ToFullString();
                var (compilation, tree) = file.With(text);
                var label = $"seed {Seed} case {i}, {file.Path}: block at {block.SpanStart} in order [{string.Join(",", order)}]";
                await FuzzCase.CheckTreeAsync(failures, label, compilation, tree, compare: true);
            }

            _output.WriteLine($"{Cases} shuffles: " + clock.Report(failures.Cases));
            failures.AssertNone();
        }

        private static BlockSyntax[] Blocks(string text) =>
            CSharpSyntaxTree.ParseText(text).GetRoot().DescendantNodes().OfType<BlockSyntax>().Where(b => b.Statements.Count >= 2).ToArray();
    }
}
