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
            if (report.Corpora.Any(corpus => corpus.CompilerErrors > 0))
            {
                text.AppendLine("Emit ms of a corpus with compiler errors (--real-code) = GetDiagnostics: every body bound, no code generated");
            }

            text.AppendLine("alloc = allocations over a do-nothing operation analyzer's run (driver, binding, operation trees)");
            text.AppendLine("RO share = RefOrder ÷ (Emit + RefOrder): RefOrder's share of a compile that runs it; verdict columns read pass, FAIL or - (target not for that row)");
            text.AppendLine();
            text.Append(MainTable(report));
            text.AppendLine();
            text.AppendLine(ScalingLine($"growth {report.Growth.To} / {report.Growth.From}", report.Growth, Targets.Growth, report));
            text.AppendLine(ScalingLine($"per-line growth {report.PerLineGrowth.From} → {report.PerLineGrowth.To}", report.PerLineGrowth, Targets.PerLineGrowth, report));
            text.AppendLine(CancellationLine(report));
            var failed = report.Verdicts.Count(verdict => verdict.Result == "FAIL");
            var open = report.Verdicts.Count(verdict => verdict.Result == NotAvailable);
            text.AppendLine($"targets: {report.Verdicts.Count - failed - open} pass, {failed} FAIL, {open} n/a");
            text.AppendLine();
            text.Append(EditLatencyTable(report.EditLatency));
            text.AppendLine();
            text.Append(FindingsTable(report));
            return text.ToString();
        }

        private static string MainTable(BenchmarkReport report)
        {
            var table = new TextTable(
                "corpus", "lines", "methods", "RefOrder ms", "floor ms", "CA2000 ms", "Emit ms",
                "RO×Emit", "RO×floor", "RO×CA2000", "CA2000×Emit", "alloc×floor", "RO share",
                "dense ≤2×floor", "dense ≤0.35×Emit", "unannotated ≤0.02×Emit", "≤0.05×CA2000", "alloc≤1.5×floor");
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
                    Ratio(corpus.RefOrderShareOfCompile),
                    VerdictFor(report, Targets.DenseOverFloor, corpus.Name),
                    VerdictFor(report, Targets.DenseOverEmit, corpus.Name),
                    VerdictFor(report, Targets.UnannotatedOverEmit, corpus.Name),
                    VerdictFor(report, Targets.OverCa2000, corpus.Name),
                    VerdictFor(report, Targets.AllocationsOverFloor, corpus.Name));
            }

            return table.ToString();
        }

        private static string ScalingLine(string label, Scaling scaling, string target, BenchmarkReport report) =>
            $"{label}: RefOrder {Ratio(scaling.RefOrder)} ({target}: {VerdictFor(report, target, corpus: null)}); " +
            $"floor {Ratio(scaling.Floor)}, CA2000 {Ratio(scaling.Ca2000)}, Emit {Ratio(scaling.Emit)}";

        private static string CancellationLine(BenchmarkReport report)
        {
            var probe = report.Cancellation;
            var measured = probe switch
            {
                { LatencyMs: { } latency } => $"RefOrder stopped {Milliseconds(latency)} ms after Cancel() (the host's task: {TaskEnded(probe)})",
                { GaveUpAfterMs: { } waited } => $"RefOrder still running {Milliseconds(waited)} ms after Cancel()",
                { CompletedBeforeCancelMs: { } done } => $"none: the analysis ended in {Milliseconds(done)} ms, before Cancel() was due",
                _ => NotAvailable,
            };
            return $"cancellation ({probe.Lambdas:N0} branching lambdas in one method, Cancel() {Milliseconds(probe.CancelAfterMs)} ms after it reached the analyzers): " +
                $"{measured} ({Targets.CancellationLatency}: {VerdictFor(report, Targets.CancellationLatency, corpus: null)})";
        }

        private static string TaskEnded(CancellationResult probe) =>
            probe.TaskEndedMs is { } ended ? $"{Milliseconds(ended)} ms" : "not ended";

        private static string EditLatencyTable(EditLatencyReport edit)
        {
            var text = new StringBuilder();
            text.AppendLine($"edit latency: one annotated file of {Count(edit.FileLines)} lines ({Count(edit.Methods)} methods), edit: {edit.Edit};");
            text.AppendLine("elapsed ms to the new diagnostics from a fresh CompilationWithAnalyzers on the edited compilation (binding included); baseline = a do-nothing operation analyzer");
            var table = new TextTable("scope", "RefOrder ms", "floor ms", "baseline ms", "RO×floor", "RefOrder diagnostics");
            foreach (var scope in new[] { edit.File, edit.Method })
            {
                table.Add(
                    scope.Name,
                    Milliseconds(scope.RefOrderMs),
                    Milliseconds(scope.FloorMs),
                    Milliseconds(scope.BaselineMs),
                    Ratio(scope.RefOrderOverFloor),
                    Tally(scope.RefOrderDiagnostics));
            }

            text.Append(table.ToString());
            return text.ToString();
        }

        private static string FindingsTable(BenchmarkReport report)
        {
            var table = new TextTable(
                "corpus", "seeded bugs", "expected", "RefOrder diagnostics", "as seeded", "CA2000 warnings", "compiler errors", "floor operations", "GC pause ms RefOrder/floor", "analyzer exceptions");
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
                    Tally(corpus.ExpectedDiagnostics),
                    refOrder is null ? NotAvailable : Tally(refOrder.Diagnostics),
                    corpus.FindingsAsSeeded switch { true => "yes", false => "NO", null => NotAvailable },
                    ca2000 is null ? NotApplicable : Count(ca2000.Diagnostics.GetValueOrDefault(Ca2000Analyzer.RuleId)),
                    Count(corpus.CompilerErrors),
                    floor?.OperationsWalked is { } walked ? Count(walked) : NotAvailable,
                    $"{Milliseconds(refOrder?.MedianGcPauseMilliseconds)} / {Milliseconds(floor?.MedianGcPauseMilliseconds)}",
                    Count(exceptions));
            }

            var text = new StringBuilder(table.ToString());
            var mismatched = report.Corpora.Where(corpus => corpus.FindingsAsSeeded == false).Select(corpus => corpus.Name).ToList();
            text.AppendLine(mismatched.Count == 0
                ? "RefOrder's findings equal the seeded bugs' rules on every corpus (LeakAtJoin has no rule; nothing else reported; on real code no RO00xx flow finding)"
                : $"FINDINGS DIFFER from the seeded bugs on: {string.Join(", ", mismatched)}");
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
