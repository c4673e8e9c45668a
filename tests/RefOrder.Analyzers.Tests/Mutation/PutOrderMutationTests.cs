using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RefOrder.Analyzers.Tests.Fuzz;
using RefOrder.Analyzers.Tests.Model;
using Xunit.Abstractions;

namespace RefOrder.Analyzers.Tests.Mutation
{
    /// <summary>
    /// Mutation score of RO0001 on the model: in the Reviewed variant, every method that releases an object and a guard
    /// reference gets every single move of one put (and of one put with its lock bracket) within its block. Each
    /// mutant that compiles is classified by <see cref="GroundTruth"/> (does a guard put now precede its object's last
    /// put or use on some path?) and analysed: every order-breaking mutant must raise RO0001 in that method (killed),
    /// every order-keeping one must not (kept clean). Mutants that do not compile are discarded, not counted.
    /// </summary>
    public class PutOrderMutationTests
    {
        private readonly ITestOutputHelper _output;

        public PutOrderMutationTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task EveryPutMoveInReviewed_RaisesRO0001ExactlyWhenItBreaksTheOrder()
        {
            var baseline = ModelCompilation.Compile(ModelCompilation.Sources("Reviewed"));
            Assert.Empty(baseline.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var outcomes = new List<Outcome>();
            int discarded = 0;
            var methods = new List<string>();
            foreach (var tree in baseline.SyntaxTrees)
            {
                var model = baseline.GetSemanticModel(tree);
                foreach (var method in tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>().Where(m => PutMoves.ReleasesObjectAndGuard(m, model)))
                {
                    var name = method is MethodDeclarationSyntax named ? named.Identifier.ValueText : method.ToString();
                    Assert.True(GroundTruth.Violations(method, model).Count == 0, $"the ground truth calls Reviewed's {name} order-breaking: {string.Join("; ", GroundTruth.Violations(method, model))}");
                    int before = outcomes.Count + discarded;
                    foreach (var mutant in PutMoves.Moves(method, model).DistinctBy(m => m.Statements.ToFullString()))
                    {
                        var outcome = await RunAsync(baseline, tree, method, mutant);
                        if (outcome == null)
                        {
                            discarded++;
                        }
                        else
                        {
                            outcomes.Add(outcome);
                        }
                    }

                    methods.Add($"{name} ({tree.FilePath}): {outcomes.Count + discarded - before} moves");
                }
            }

            _output.WriteLine("methods: " + string.Join("; ", methods));
            foreach (var o in outcomes)
            {
                _output.WriteLine($"{(o.Correct ? "ok  " : "FAIL")} {o.Mutant.Method}: {o.Mutant.Move}: {(o.Breaking ? "breaks the order" : "keeps the order")}, "
                    + (o.Reported.Count > 0 ? $"RO0001 at {string.Join(", ", o.Reported)}" : "no RO0001")
                    + (o.Breaking ? $" [{o.Why[0]}]" : ""));
            }

            var breaking = outcomes.Where(o => o.Breaking).ToList();
            var keeping = outcomes.Where(o => !o.Breaking).ToList();
            var score = $"mutation score: {breaking.Count(o => o.Correct)}/{breaking.Count} killed, {keeping.Count(o => o.Correct)}/{keeping.Count} kept clean ({discarded} moves did not compile and were discarded)";
            _output.WriteLine(score);

            Assert.Contains(breaking, o => o.Mutant.Method == "NfsdFilePutLocal"); // the v2 bug's shape is among the mutants
            Assert.NotEmpty(keeping);
            Assert.True(outcomes.All(o => o.Correct), score + "; wrong: " + string.Join(" | ", outcomes.Where(o => !o.Correct).Select(o => $"{o.Mutant.Method}: {o.Mutant.Move} ({(o.Breaking ? "breaks, not reported" : "keeps, but RO0001 at " + string.Join(", ", o.Reported))})")));
        }

        /// <summary>Compiles one mutant, classifies it and analyses it; null when it does not compile.</summary>
        private static async Task<Outcome?> RunAsync(Compilation baseline, SyntaxTree tree, BaseMethodDeclarationSyntax method, Mutant mutant)
        {
            var marker = new SyntaxAnnotation();
            var root = tree.GetRoot().ReplaceNode(method, method.WithAdditionalAnnotations(marker));
            var block = root.GetAnnotatedNodes(marker).Single().DescendantNodes().OfType<BlockSyntax>().Single(b => b.Span == mutant.Block.Span);
            var mutated = tree.WithRootAndOptions(root.ReplaceNode(block, block.WithStatements(mutant.Statements)), tree.Options);
            var compilation = baseline.ReplaceSyntaxTree(tree, mutated);
            var model = compilation.GetSemanticModel(mutated);
            if (model.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return null;
            }

            var mutatedMethod = (BaseMethodDeclarationSyntax)mutated.GetRoot().GetAnnotatedNodes(marker).Single();
            var why = GroundTruth.Violations(mutatedMethod, model);
            var run = await AnalyzerRuns.TreeAsync(compilation, mutated, concurrent: true);
            Assert.True(run.Crashes().Count == 0, $"{mutant.Method}: {mutant.Move}: {string.Join("; ", run.Crashes())}");
            var reported = run.Diagnostics.Where(d => d.Id == "RO0001").ToList();
            Assert.True(reported.All(d => mutatedMethod.Span.Contains(d.Location.SourceSpan)), $"{mutant.Method}: {mutant.Move}: RO0001 outside the mutated method: {string.Join("; ", reported)}");
            return new Outcome(mutant, why.Count > 0, why, reported.Select(d => $"'{d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)}'").ToList());
        }

        private sealed record Outcome(Mutant Mutant, bool Breaking, IReadOnlyList<string> Why, IReadOnlyList<string> Reported)
        {
            public bool Correct => Breaking == (Reported.Count > 0);
        }
    }
}
