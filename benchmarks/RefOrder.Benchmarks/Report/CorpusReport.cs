using System;
using System.Collections.Generic;
using System.Linq;
using RefOrder.Benchmarks.Corpora;
using RefOrder.Benchmarks.Measure;

namespace RefOrder.Benchmarks.Report
{
    /// <summary>One corpus's medians and the ratios the targets are about. Null means not measured (n/a).</summary>
    internal sealed class CorpusReport
    {
        public CorpusReport(Corpus corpus, IReadOnlyDictionary<string, ConfigurationMeasurement> measurements)
        {
            Name = corpus.Name;
            Kind = corpus.Kind.ToString();
            Lines = corpus.Lines;
            Methods = corpus.Methods;
            MethodLength = corpus.MethodLength;
            SeededBugs = corpus.Bugs?.ByKind();
            ExpectedDiagnostics = corpus.Bugs?.ExpectedDiagnostics() ?? new Dictionary<string, int>();
            CompilerErrors = corpus.CompilerErrors;
            DroppedFiles = corpus.DroppedFiles;
            Configurations = measurements;

            RefOrderMs = Milliseconds(measurements, Configuration.RefOrder);
            FloorMs = Milliseconds(measurements, Configuration.Floor);
            Ca2000Ms = Milliseconds(measurements, Configuration.Ca2000);
            EmitMs = Milliseconds(measurements, Configuration.Emit);
            RefOrderOverEmit = Ratio(RefOrderMs, EmitMs);
            RefOrderOverFloor = Ratio(RefOrderMs, FloorMs);
            RefOrderOverCa2000 = Ratio(RefOrderMs, Ca2000Ms);
            Ca2000OverEmit = Ratio(Ca2000Ms, EmitMs);
            RefOrderShareOfCompile = Ratio(RefOrderMs, EmitMs + RefOrderMs);

            RefOrderOwnAllocatedBytes = OverBaseline(measurements, Configuration.RefOrder);
            FloorOwnAllocatedBytes = OverBaseline(measurements, Configuration.Floor);
            AllocationsOverFloor = Ratio(RefOrderOwnAllocatedBytes, FloorOwnAllocatedBytes);
            FindingsAsSeeded = measurements.TryGetValue(Configuration.RefOrder, out var refOrder)
                ? SameCounts(Checked(refOrder.Diagnostics, corpus.ReadFromDisk), ExpectedDiagnostics)
                : null;
        }

        public string Name { get; }

        public string Kind { get; }

        public int Lines { get; }

        public int Methods { get; }

        public int? MethodLength { get; }

        public IReadOnlyDictionary<string, int>? SeededBugs { get; }

        /// <summary>What RefOrder should report, by rule: the seeded bugs a rule covers; nothing on unannotated code.</summary>
        public IReadOnlyDictionary<string, int> ExpectedDiagnostics { get; }

        /// <summary>
        /// Whether RefOrder reported exactly <see cref="ExpectedDiagnostics"/>: every seeded bug found and the
        /// correct code silent (on real code, the flow rules silent). Null when RefOrder was not measured.
        /// </summary>
        public bool? FindingsAsSeeded { get; }

        /// <summary>Compiler errors of a lenient corpus (a <c>--real-code</c> directory); 0 for the others, which must compile.</summary>
        public int CompilerErrors { get; }

        /// <summary>Files of a corpus read from disk that were left out because they do not compile with the rest.</summary>
        public IReadOnlyList<string> DroppedFiles { get; }

        /// <summary>Analyzer execution time (telemetry), summed over RefOrder's analyzers.</summary>
        public double? RefOrderMs { get; }

        public double? FloorMs { get; }

        /// <summary>CA2000's execution time on the corpus' IDisposable twin.</summary>
        public double? Ca2000Ms { get; }

        public double? EmitMs { get; }

        public double? RefOrderOverEmit { get; }

        public double? RefOrderOverFloor { get; }

        public double? RefOrderOverCa2000 { get; }

        public double? Ca2000OverEmit { get; }

        /// <summary>RefOrder ÷ (Emit + RefOrder): the share of a build running RefOrder that RefOrder takes.</summary>
        public double? RefOrderShareOfCompile { get; }

        /// <summary>RefOrder's run minus the baseline run (driver, binding, operation trees), in bytes.</summary>
        public double? RefOrderOwnAllocatedBytes { get; }

        /// <summary>The floor's run minus the baseline run, in bytes.</summary>
        public double? FloorOwnAllocatedBytes { get; }

        public double? AllocationsOverFloor { get; }

        /// <summary>Every configuration's rounds, medians and diagnostics, for the JSON.</summary>
        public IReadOnlyDictionary<string, ConfigurationMeasurement> Configurations { get; }

        public static double? Ratio(double? numerator, double? denominator) =>
            numerator is { } n && denominator is { } d && d > 0 ? n / d : null;

        /// <summary>
        /// On real code only the flow rules (RO00xx) must be silent: the RO09xx rules judge annotations and
        /// suppressions, and real code may carry those on purpose (the repository's package tests have a
        /// template with unjustified suppressions for RO0906 to find).
        /// </summary>
        private static IReadOnlyDictionary<string, int> Checked(IReadOnlyDictionary<string, int> reported, bool readFromDisk) =>
            readFromDisk
                ? reported.Where(pair => pair.Key.StartsWith("RO00", StringComparison.Ordinal)).ToDictionary(pair => pair.Key, pair => pair.Value)
                : reported;

        private static bool SameCounts(IReadOnlyDictionary<string, int> reported, IReadOnlyDictionary<string, int> expected) =>
            reported.Count == expected.Count
            && reported.All(pair => expected.TryGetValue(pair.Key, out var count) && count == pair.Value);

        private static double? Milliseconds(IReadOnlyDictionary<string, ConfigurationMeasurement> measurements, string name) =>
            measurements.TryGetValue(name, out var measurement) ? measurement.MedianMilliseconds : null;

        /// <summary>Floored at zero: an analyzer that allocates nothing can come out a few bytes under the baseline.</summary>
        private static double? OverBaseline(IReadOnlyDictionary<string, ConfigurationMeasurement> measurements, string name) =>
            measurements.TryGetValue(name, out var measurement) && measurements.TryGetValue(Configuration.Baseline, out var baseline)
                ? Math.Max(0, measurement.MedianAllocatedBytes - baseline.MedianAllocatedBytes)
                : null;
    }
}
