using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// Broken code of every shape the parser can recover from: each model file with one to three tokens deleted at
    /// seeded positions, analysed with the rest of its variant.
    /// </summary>
    public class TokenDeletionFuzzTests
    {
        private const int Seed = 4242;
        private const int EditsPerFile = 3;
        private const int CompareEvery = 3;

        private readonly ITestOutputHelper _output;

        public TokenDeletionFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task ModelFilesWithDeletedTokens_NeverThrow()
        {
            var clock = new FuzzClock();
            var failures = new FuzzFailures($"token deletions, seed {Seed}");
            var random = new Random(Seed);
            int edits = 0;
            foreach (var file in ModelFiles.All)
            {
                var tokens = CSharpSyntaxTree.ParseText(file.Text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
                for (int edit = 0; edit < EditsPerFile; edit++)
                {
                    // Delete from the end backwards so earlier spans stay valid.
                    var deleted = Enumerable.Range(0, random.Next(1, 4)).Select(_ => tokens[random.Next(tokens.Count)]).Distinct().OrderByDescending(t => t.SpanStart).ToList();
                    var text = deleted.Aggregate(file.Text, (t, token) => t.Remove(token.SpanStart, token.Span.Length));
                    var (compilation, tree) = file.With(text);
                    var label = $"seed {Seed}, {file.Path} ({file.Variant}) without "
                        + string.Join(", ", deleted.Select(t => $"'{t.Text}' at {t.SpanStart} {FuzzCase.Around(file.Text, t.SpanStart)}"));
                    await FuzzCase.CheckTreeAsync(failures, label, compilation, tree, compare: edits++ % CompareEvery == 0);
                }
            }

            _output.WriteLine(clock.Report(failures.Cases));
            failures.AssertNone();
        }
    }
}
