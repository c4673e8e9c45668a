using System.Collections.Generic;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>One run of one configuration.</summary>
    /// <param name="Milliseconds">The measured cost: analyzer execution time from telemetry, or Emit's elapsed time.</param>
    /// <param name="WallMilliseconds">Elapsed time of the whole run, binding included.</param>
    /// <param name="Diagnostics">Reported diagnostics by ID.</param>
    /// <param name="AnalyzerExceptions">Exceptions the analyzers threw (each would be an AD0001 in a build).</param>
    internal sealed record Sample(
        double Milliseconds,
        double WallMilliseconds,
        IReadOnlyDictionary<string, int> Diagnostics,
        IReadOnlyList<string> AnalyzerExceptions)
    {
        /// <summary>Bytes allocated by the whole process during the run; added by the harness around it.</summary>
        public long AllocatedBytes { get; init; }

        /// <summary>
        /// Time the process spent paused for garbage collection during the run. A pause lands in the telemetry
        /// of every analyzer callback in flight, whoever allocated, so it is kept to read the times by.
        /// </summary>
        public double GcPauseMilliseconds { get; init; }

        /// <summary>Garbage collections (any generation) during the run.</summary>
        public int GarbageCollections { get; init; }

        /// <summary>For the floor: how many operations it walked, evidence that it did the work.</summary>
        public long? OperationsWalked { get; init; }
    }
}
