using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Benchmarks.Corpora;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>The configurations measured on one corpus, in the order each round runs them.</summary>
    internal static class ConfigurationSet
    {
        /// <summary>CA2000 is disabled by default; the twin's compilation turns it on as a warning.</summary>
        private static readonly Dictionary<string, ReportDiagnostic> Ca2000AsWarning =
            new Dictionary<string, ReportDiagnostic> { [Ca2000Analyzer.RuleId] = ReportDiagnostic.Warn };

        public static IReadOnlyList<Configuration> For(Corpus corpus, ImmutableArray<MetadataReference> references)
        {
            var main = CompilationFactory.For(corpus.Name, corpus.Sources, references);
            if (!corpus.Lenient)
            {
                main.EnsureCompiles();
            }

            var configurations = new List<Configuration>();
            if (RefOrderAnalyzers.Any)
            {
                configurations.Add(new Configuration(
                    Configuration.RefOrder,
                    () => AnalyzerRun.MeasureAsync(main.Create(), RefOrderAnalyzers.Create())));
            }

            configurations.Add(new Configuration(Configuration.Floor, () => MeasureFloorAsync(main.Create())));
            configurations.Add(new Configuration(
                Configuration.Baseline,
                () => AnalyzerRun.MeasureAsync(main.Create(), ImmutableArray.Create<DiagnosticAnalyzer>(new DriverBaselineAnalyzer()))));
            if (corpus.Twin != null)
            {
                var twin = CompilationFactory.For(corpus.Name + ".Twin", corpus.Twin, references);
                twin.EnsureCompiles();
                configurations.Add(new Configuration(
                    Configuration.Ca2000,
                    () => AnalyzerRun.MeasureAsync(twin.Create(Ca2000AsWarning), ImmutableArray.Create(Ca2000Analyzer.Create()))));
            }

            configurations.Add(new Configuration(Configuration.Emit, () => Task.FromResult(EmitRun.Measure(main.Create(), lenient: corpus.Lenient))));
            return configurations;
        }

        private static async Task<Sample> MeasureFloorAsync(Compilation compilation)
        {
            var floor = new CfgFloorAnalyzer();
            var sample = await AnalyzerRun.MeasureAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(floor)).ConfigureAwait(false);
            return sample with { OperationsWalked = floor.OperationsVisited };
        }
    }
}
