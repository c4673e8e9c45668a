using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using RefOrder.Benchmarks.Measure;

namespace RefOrder.Benchmarks.Report
{
    /// <summary>The console report: the machine, one table of times, ratios and verdicts, the growth lines, and a sanity table of findings.</summary>
    internal static class TableWriter
    {
        private const string NotAvailable = "n/a";
        private const string NotApplicable = "-";

        public static string Write(BenchmarkReport report)
        {
            var text = new StringBuilder();
            text.AppendLine(report.Quick
                ? $"RefOrder benchmark (--quick smoke run: small corpora, {Rounds(report.Repetitions)} after a warm-up; medians)"
                : $"RefOrder benchmark ({Rounds(report.Repetitions)}, interleaved, after a warm-up; medians)");
            text.AppendLine($"Machine: {report.Machine}");
            if (report.Machine.LoadAtStart != null)
            {
                text.AppendLine($"Load average (1/5/15 min): {report.Machine.LoadAtStart} at start, {report.LoadAtEnd} at end; above {report.Machine.Cores} the times include waiting for a CPU");
            }

            text.AppendLine(report.RefOrderAnalyzers.Count == 0
                ? "RefOrder analyzers: none in RefOrder.Analyzers yet, so RefOrder's columns are n/a"
                : $"RefOrder analyzers: {string.Join(", ", report.RefOrderAnalyzers)}");
            text.AppendLine($"CA2000: Microsoft.CodeAnalysis.NetAnalyzers {report.Ca2000Version}, on each corpus' Pool.Get/Put twin");
            text.AppendLine("ms = analyzer execution time (telemetry, summed over analysis threads, GC pauses included) or Emit time; binding on one thread;");
            text.AppendLine("alloc = allocations over a do-nothing operation analyzer's run (driver, binding, operation trees)");
            text.AppendLine();
            text.Append(MainTable(report));
            text.AppendLine();
            text.AppendLine(ScalingLine($"growth {report.Growth.To} / {report.Growth.From}", report.Growth, Targets.Growth, report));
            text.AppendLine(ScalingLine($"per-line growth {report.PerLineGrowth.From} → {report.PerLineGrowth.To}", report.PerLineGrowth, Targets.PerLineGrowth, report));
            var failed = report.Verdicts.Count(verdict => verdict.Result == "FAIL");
            var open = report.Verdicts.Count(verdict => verdict.Result == NotAvailable);
            text.AppendLine($"targets: {report.Verdicts.Count - failed - open} pass, {failed} FAIL, {open} n/a");
            text.AppendLine();
            text.Append(FindingsTable(report));
            return text.ToString();
        }

        private static string MainTable(BenchmarkReport report)
        {
            var table = new TextTable(
                "corpus", "lines", "methods", "RefOrder ms", "floor ms", "CA2000 ms", "Emit ms",
                "RO×Emit", "RO×floor", "RO×CA2000", "CA2000×Emit", "alloc×floor",
                "≤2×floor", "≤1/8 CA2000", "≤0.02×Emit", "alloc≤1.5×");
            foreach (var corpus in report.Corpora)
            {
                table.Add(
                    corpus.Name,
                    Count(corpus.Lines),
                    corpus.Methods == 0 ? NotApplicable : Count(corpus.Methods),
                    Milliseconds(corpus.RefOrderMs),
                    Milliseconds(corpus.FloorMs),
                    Milliseconds(corpus.Ca2000Ms),
                    Milliseconds(corpus.EmitMs),
                    Ratio(corpus.RefOrderOverEmit),
                    Ratio(corpus.RefOrderOverFloor),
                    Ratio(corpus.RefOrderOverCa2000),
                    Ratio(corpus.Ca2000OverEmit),
                    Ratio(corpus.AllocationsOverFloor),
                    VerdictFor(report, Targets.DenseOverFloor, corpus.Name),
                    VerdictFor(report, Targets.DenseOverCa2000, corpus.Name),
                    VerdictFor(report, Targets.UnannotatedOverEmit, corpus.Name),
                    VerdictFor(report, Targets.AllocationsOverFloor, corpus.Name));
            }

            return table.ToString();
        }

        private static string ScalingLine(string label, Scaling scaling, string target, BenchmarkReport report) =>
            $"{label}: RefOrder {Ratio(scaling.RefOrder)} ({target}: {VerdictFor(report, target, corpus: null)}); " +
            $"floor {Ratio(scaling.Floor)}, CA2000 {Ratio(scaling.Ca2000)}, Emit {Ratio(scaling.Emit)}";

        private static string FindingsTable(BenchmarkReport report)
        {
            var table = new TextTable(
                "corpus", "seeded bugs", "RefOrder diagnostics", "CA2000 warnings", "floor operations", "GC pause ms RefOrder/floor", "analyzer exceptions");
            foreach (var corpus in report.Corpora)
            {
                var configurations = corpus.Configurations;
                configurations.TryGetValue(Configuration.RefOrder, out var refOrder);
                configurations.TryGetValue(Configuration.Ca2000, out var ca2000);
                configurations.TryGetValue(Configuration.Floor, out var floor);
                var exceptions = configurations.Values.Sum(measurement => measurement.AnalyzerExceptions.Count);
                table.Add(
                    corpus.Name,
                    corpus.SeededBugs is { } bugs ? Tally(bugs) : NotApplicable,
                    refOrder is null ? NotAvailable : Tally(refOrder.Diagnostics),
                    ca2000 is null ? NotApplicable : Count(ca2000.Diagnostics.GetValueOrDefault(Ca2000Analyzer.RuleId)),
                    floor?.OperationsWalked is { } walked ? Count(walked) : NotAvailable,
                    $"{Milliseconds(refOrder?.MedianGcPauseMilliseconds)} / {Milliseconds(floor?.MedianGcPauseMilliseconds)}",
                    Count(exceptions));
            }

            var text = new StringBuilder(table.ToString());
            foreach (var exception in report.Corpora.SelectMany(corpus => corpus.Configurations.Values).SelectMany(measurement => measurement.AnalyzerExceptions).Distinct().Take(5))
            {
                text.AppendLine($"  exception: {exception}");
            }

            return text.ToString();
        }

        private static string Rounds(int count) => count == 1 ? "1 round" : $"{count} rounds";

        private static string VerdictFor(BenchmarkReport report, string target, string? corpus) =>
            report.Verdicts.FirstOrDefault(verdict => verdict.Target == target && verdict.Corpus == corpus)?.Result ?? NotApplicable;

        private static string Tally(IReadOnlyDictionary<string, int> counts) =>
            counts.Count == 0 ? "0" : string.Join(" ", counts.Select(pair => $"{pair.Key}:{pair.Value}"));

        private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

        private static string Milliseconds(double? value) => value switch
        {
            null => NotAvailable,
            >= 100 => value.Value.ToString("N0", CultureInfo.InvariantCulture),
            _ => value.Value.ToString("0.0", CultureInfo.InvariantCulture),
        };

        /// <summary>Three decimals below 0.1 so that 0.02× Emit can be read off.</summary>
        private static string Ratio(double? value) => value switch
        {
            null => NotAvailable,
            < 0.1 => value.Value.ToString("0.000", CultureInfo.InvariantCulture),
            _ => value.Value.ToString("0.00", CultureInfo.InvariantCulture),
        };
    }
}
