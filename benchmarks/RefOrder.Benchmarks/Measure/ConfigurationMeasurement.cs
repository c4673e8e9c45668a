using System.Collections.Generic;
using System.Linq;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>The measured rounds of one configuration on one corpus, and their medians.</summary>
    internal sealed class ConfigurationMeasurement
    {
        public ConfigurationMeasurement(string name, IReadOnlyList<Sample> samples)
        {
            Name = name;
            Milliseconds = samples.Select(sample => sample.Milliseconds).ToArray();
            WallMilliseconds = samples.Select(sample => sample.WallMilliseconds).ToArray();
            AllocatedBytes = samples.Select(sample => sample.AllocatedBytes).ToArray();
            MedianMilliseconds = Median.Of(Milliseconds);
            MedianWallMilliseconds = Median.Of(WallMilliseconds);
            MedianAllocatedBytes = Median.Of(AllocatedBytes.Select(bytes => (double)bytes));
            MedianGcPauseMilliseconds = Median.Of(samples.Select(sample => sample.GcPauseMilliseconds));
            MedianGarbageCollections = Median.Of(samples.Select(sample => (double)sample.GarbageCollections));
            var last = samples[samples.Count - 1];
            Diagnostics = last.Diagnostics;
            OperationsWalked = last.OperationsWalked;
            AnalyzerExceptions = samples.SelectMany(sample => sample.AnalyzerExceptions).Distinct().ToArray();
        }

        public string Name { get; }

        public double MedianMilliseconds { get; }

        public double MedianWallMilliseconds { get; }

        public double MedianAllocatedBytes { get; }

        /// <summary>Garbage-collection pauses during a run: part of the times above for whichever callbacks were running.</summary>
        public double MedianGcPauseMilliseconds { get; }

        public double MedianGarbageCollections { get; }

        public IReadOnlyList<double> Milliseconds { get; }

        public IReadOnlyList<double> WallMilliseconds { get; }

        public IReadOnlyList<long> AllocatedBytes { get; }

        /// <summary>Diagnostics of the last round (every round analyses the same code).</summary>
        public IReadOnlyDictionary<string, int> Diagnostics { get; }

        public long? OperationsWalked { get; }

        public IReadOnlyList<string> AnalyzerExceptions { get; }
    }
}
