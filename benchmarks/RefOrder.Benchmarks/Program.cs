using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using RefOrder.Benchmarks.Corpora;
using RefOrder.Benchmarks.Measure;
using RefOrder.Benchmarks.Profile;
using RefOrder.Benchmarks.Report;

namespace RefOrder.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project benchmarks/RefOrder.Benchmarks -- [--json out.json] [--quick] [--rounds N] [--real-code DIR] [--phases]</c>.
    /// Progress goes to stderr; the report, and only the report, to stdout.
    /// </summary>
    /// <remarks>
    /// A class with Main rather than top-level statements: the benchmark's own sources are one of its
    /// corpora, compiled as a library.
    /// </remarks>
    internal static class Program
    {
        /// <summary>The size of the one file open in the editor in the edit-latency scenario, in both modes.</summary>
        private const int EditFileLines = 5_000;

        public static async Task Main(string[] args)
        {
            var settings = BenchmarkSettings.Parse(args);
            var machine = new MachineInfo();
            Console.Error.WriteLine($"Machine: {machine}");
            Console.Error.WriteLine($"RefOrder analyzers found: {(RefOrderAnalyzers.Any ? string.Join(", ", RefOrderAnalyzers.TypeNames) : "none")}");
            Console.Error.WriteLine($"CA2000 from Microsoft.CodeAnalysis.NetAnalyzers {Ca2000Analyzer.Version}; reference assemblies from {FrameworkReferences.Directory}");

            if (settings.Phases)
            {
                Console.Write(PhaseReport.Run(CorpusCatalog.Build(settings)[0], settings.Repetitions));
                return;
            }

            var reports = new List<CorpusReport>();
            foreach (var corpus in CorpusCatalog.Build(settings))
            {
                Console.Error.WriteLine($"{corpus.Name}: {corpus.Lines:N0} lines in {corpus.Sources.Count} files" +
                    (corpus.DroppedFiles.Count > 0 ? $" ({corpus.DroppedFiles.Count} files left out: they do not compile with the rest)" : string.Empty) +
                    (corpus.Lenient ? $" ({corpus.CompilerErrors:N0} compiler errors; measured anyway)" : string.Empty));
                foreach (var dropped in corpus.DroppedFiles)
                {
                    Console.Error.WriteLine($"  left out: {dropped}");
                }

                var configurations = ConfigurationSet.For(corpus, CorpusReferences.For(corpus));

                // A warm-up round on every corpus: code of a new shape (the benchmark's own sources after the
                // generated ones) takes paths not yet JIT-compiled, and their compilation would land in round 1.
                var measurements = await Harness.MeasureAsync(
                    configurations,
                    warmUpRounds: 1,
                    settings.Repetitions,
                    progress => Console.Error.WriteLine($"  {corpus.Name}: {progress}")).ConfigureAwait(false);
                reports.Add(new CorpusReport(corpus, measurements));
            }

            var edit = EditScenario.Create(EditFileLines);
            Console.Error.WriteLine($"edit latency: one file of {edit.FileLines:N0} lines, {EditScenario.Edit} ({edit.MethodName}, {edit.MethodLines} lines)");
            var editMeasurements = await Harness.MeasureAsync(
                edit.Configurations(),
                warmUpRounds: 1,
                settings.Repetitions,
                progress => Console.Error.WriteLine($"  edit latency: {progress}")).ConfigureAwait(false);

            // Last: a task that ignores the token keeps a core busy until it ends, whatever it would slow.
            Console.Error.WriteLine($"cancellation: RefOrder on one method of {CancellationProbe.Lambdas:N0} lambdas, cancelled while it works on it");
            var cancellation = await CancellationProbe.MeasureAsync(settings.CancellationGiveUp).ConfigureAwait(false);

            var report = new BenchmarkReport(
                machine,
                settings.Quick,
                settings.Repetitions,
                RefOrderAnalyzers.TypeNames,
                Ca2000Analyzer.Version,
                reports,
                new EditLatencyReport(edit, editMeasurements),
                cancellation);
            Console.Write(TableWriter.Write(report));
            if (settings.JsonPath != null)
            {
                JsonReport.Write(report, settings.JsonPath);
                Console.Error.WriteLine($"JSON written to {settings.JsonPath}");
            }
        }
    }
}
