using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using RefOrder.Benchmarks.Corpora;
using RefOrder.Benchmarks.Measure;

namespace RefOrder.Benchmarks.Profile
{
    /// <summary>
    /// <c>--phases</c>: the phase profile of the smaller dense corpus, medians over the rounds (after one warm-up
    /// round), each round on a fresh compilation. Printed as a table; the figures feed docs/engine.md#performance.
    /// </summary>
    internal static class PhaseReport
    {
        public static string Run(Corpus corpus, int rounds)
        {
            var factory = CompilationFactory.For(corpus.Name, corpus.Sources, CorpusReferences.For(corpus));
            PhaseProfile.Measure(factory.Create());
            var runs = Enumerable.Range(0, rounds).Select(_ => PhaseProfile.Measure(factory.Create())).ToList();
            var phases = runs[0].Select(f => f.Phase).ToList();
            var medians = phases.Select(phase => new PhaseFigure(
                phase,
                Median.Of(runs.Select(r => r.Single(f => f.Phase == phase).Milliseconds).ToList()),
                (long)Median.Of(runs.Select(r => (double)r.Single(f => f.Phase == phase).AllocatedBytes).ToList()),
                runs[0].Single(f => f.Phase == phase).Calls)).ToList();

            var graph = medians.Single(f => f.Phase == PhaseNames.Graph);
            var engine = medians.Where(f => f.Phase != PhaseNames.Graph).ToList();
            double engineMs = engine.Sum(f => f.Milliseconds);
            long engineBytes = engine.Sum(f => f.AllocatedBytes);

            var text = new StringBuilder();
            text.AppendLine(Invariant($"Phase profile of {corpus.Name} ({corpus.Lines:N0} lines), one thread, median of {rounds} rounds"));
            text.AppendLine();
            text.AppendLine("| phase | calls | ms | share of RefOrder | MB allocated |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var f in medians)
            {
                var share = f.Phase == PhaseNames.Graph ? "(floor)" : Invariant($"{100 * f.Milliseconds / engineMs:F0}%");
                text.AppendLine(Invariant($"| {f.Phase} | {f.Calls:N0} | {f.Milliseconds:F1} | {share} | {f.AllocatedBytes / 1e6:F1} |"));
            }

            text.AppendLine();
            text.AppendLine(Invariant($"RefOrder beyond the graphs: {engineMs:F1} ms, {engineBytes / 1e6:F1} MB = {engineMs / graph.Milliseconds:F2}× the graphs' time, {(double)engineBytes / graph.AllocatedBytes:F2}× their allocations."));
            return text.ToString();
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
