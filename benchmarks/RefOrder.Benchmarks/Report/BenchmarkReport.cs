using System.Collections.Generic;
using System.Linq;
using RefOrder.Benchmarks.Corpora;
using RefOrder.Benchmarks.Measure;

namespace RefOrder.Benchmarks.Report
{
    /// <summary>Everything one benchmark run found: the machine, each corpus, the growth ratios and every target's verdict.</summary>
    internal sealed class BenchmarkReport
    {
        public BenchmarkReport(
            MachineInfo machine,
            bool quick,
            int repetitions,
            IReadOnlyList<string> refOrderAnalyzers,
            string ca2000Version,
            IReadOnlyList<CorpusReport> corpora,
            EditLatencyReport editLatency,
            CancellationResult cancellation)
        {
            Machine = machine;
            Quick = quick;
            Repetitions = repetitions;
            RefOrderAnalyzers = refOrderAnalyzers;
            Ca2000Version = ca2000Version;
            Corpora = corpora;
            EditLatency = editLatency;
            Cancellation = cancellation;
            LoadAtEnd = MachineInfo.ReadLoadAverage();

            var dense = corpora.Where(corpus => corpus.Kind == nameof(CorpusKind.Dense)).OrderBy(corpus => corpus.Lines).ToList();
            var longMethods = corpora.Where(corpus => corpus.MethodLength != null).OrderBy(corpus => corpus.MethodLength).ToList();
            Growth = Scaling.Compare(dense.FirstOrDefault(), dense.LastOrDefault(), perLine: false);
            PerLineGrowth = Scaling.Compare(longMethods.FirstOrDefault(), longMethods.LastOrDefault(), perLine: true);
            Verdicts = Judge().ToList();
        }

        public MachineInfo Machine { get; }

        /// <summary>Load averages when the measurements ended (see <see cref="MachineInfo.LoadAtStart"/>).</summary>
        public string? LoadAtEnd { get; }

        public bool Quick { get; }

        public int Repetitions { get; }

        /// <summary>The RefOrder analyzer types measured; empty until the engine has some.</summary>
        public IReadOnlyList<string> RefOrderAnalyzers { get; }

        public string Ca2000Version { get; }

        public IReadOnlyList<CorpusReport> Corpora { get; }

        /// <summary>Cost on the large dense corpus over the small one (80k / 20k lines).</summary>
        public Scaling Growth { get; }

        /// <summary>Cost per line in 1,000-line methods over cost per line in 75-line methods.</summary>
        public Scaling PerLineGrowth { get; }

        /// <summary>Time to new diagnostics after an edit, of one file and of one method.</summary>
        public EditLatencyReport EditLatency { get; }

        /// <summary>Time from Cancel() to the end of RefOrder's analysis of a method of 6,000 lambdas.</summary>
        public CancellationResult Cancellation { get; }

        public IReadOnlyList<Verdict> Verdicts { get; }

        private IEnumerable<Verdict> Judge()
        {
            foreach (var corpus in Corpora)
            {
                if (corpus.Kind == nameof(CorpusKind.Dense))
                {
                    yield return new Verdict(Targets.DenseOverFloor, corpus.Name, corpus.RefOrderOverFloor, Targets.DenseOverFloorLimit);
                    yield return new Verdict(Targets.DenseOverEmit, corpus.Name, corpus.RefOrderOverEmit, Targets.DenseOverEmitLimit);
                }

                if (corpus.Ca2000Ms != null)
                {
                    yield return new Verdict(Targets.OverCa2000, corpus.Name, corpus.RefOrderOverCa2000, Targets.OverCa2000Limit);
                }

                if (corpus.Kind == nameof(CorpusKind.Unannotated))
                {
                    yield return new Verdict(Targets.UnannotatedOverEmit, corpus.Name, corpus.RefOrderOverEmit, Targets.UnannotatedOverEmitLimit);
                }

                yield return new Verdict(Targets.AllocationsOverFloor, corpus.Name, corpus.AllocationsOverFloor, Targets.AllocationsOverFloorLimit);
            }

            yield return new Verdict(Targets.Growth, Corpus: null, Growth.RefOrder, Targets.GrowthLimit);
            yield return new Verdict(Targets.PerLineGrowth, Corpus: null, PerLineGrowth.RefOrder, Targets.PerLineGrowthLimit);
            yield return new Verdict(Targets.CancellationLatency, Corpus: null, Cancellation.JudgedMs, Targets.CancellationLatencyLimitMs);
        }
    }
}
