using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.CodeFixes.Coverage;
using Xunit.Abstractions;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// Fix coverage over the corpus in <see cref="CoverageCorpus"/>: every RO0001, RO0002, RO0007 and RO0008 site goes through the
    /// rule's code fix; every action offered must give code that compiles, clears its diagnostic and raises nothing
    /// new, and each case must be fixed or refused as its expectation says. Prints
    /// <c>fix coverage: RO0001 N/M, RO0002 N/M, RO0007 N/M, RO0008 N/M</c> (sites fixed / sites) and holds the rules to
    /// 80%, 50%, 50% and 50%. The exit rules' corpus is half refusals on purpose: their fix is offered only where one put is unambiguous.
    /// </summary>
    public class FixCoverageTests
    {
        private readonly ITestOutputHelper _output;

        public FixCoverageTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task EveryOfferedFixIsCorrect_AndCoverageMeetsTheBar()
        {
            var rows = new List<(CoverageCase Case, SiteOutcome Outcome)>();
            foreach (var site in CoverageCorpus.All)
            {
                foreach (var outcome in await FixCoverageRun.RunAsync(site))
                {
                    rows.Add((site, outcome));
                    Print($"{(outcome.Fixed ? "fixed  " : "refused")} {site}: {(outcome.Actions.Count == 0 ? site.Refusal ?? outcome.Problem : string.Join(", ", outcome.Actions))}");
                }
            }

            string summary = $"fix coverage: {Figure(rows, "RO0001")}, {Figure(rows, "RO0002")}, {Figure(rows, "RO0007")}, {Figure(rows, "RO0008")}";
            Print(summary);

            Assert.Empty(rows.Where(r => r.Outcome.Problem != null).Select(r => $"{r.Case}: {r.Outcome.Problem}"));
            Assert.Empty(rows.SelectMany(r => r.Outcome.Broken.Select(b => $"{r.Case}: {b}")));
            Assert.Empty(rows.Where(r => r.Outcome.Fixed != (r.Case.Refusal == null))
                .Select(r => $"{r.Case}: expected {(r.Case.Refusal == null ? "a fix" : "no fix (" + r.Case.Refusal + ")")}, got {(r.Outcome.Fixed ? string.Join(", ", r.Outcome.Actions) : "none")}"));
            Assert.True(rows.Count >= 30, $"the corpus has {rows.Count} sites; it should have at least 30");
            Assert.True(Ratio(rows, "RO0001") >= 0.8, summary);
            Assert.True(Ratio(rows, "RO0002") >= 0.5, summary);
            Assert.True(Ratio(rows, "RO0007") >= 0.5, summary);
            Assert.True(Ratio(rows, "RO0008") >= 0.5, summary);
        }

        private static string Figure(List<(CoverageCase Case, SiteOutcome Outcome)> rows, string rule) =>
            $"{rule} {rows.Count(r => r.Case.Rule == rule && r.Outcome.Fixed)}/{rows.Count(r => r.Case.Rule == rule)}";

        private static double Ratio(List<(CoverageCase Case, SiteOutcome Outcome)> rows, string rule) =>
            (double)rows.Count(r => r.Case.Rule == rule && r.Outcome.Fixed) / Math.Max(1, rows.Count(r => r.Case.Rule == rule));

        /// <summary>To the test's output and to the console, so the figure shows in CI logs too.</summary>
        private void Print(string line)
        {
            _output.WriteLine(line);
            Console.WriteLine(line);
        }
    }
}
