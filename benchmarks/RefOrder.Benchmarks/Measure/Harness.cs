using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// Interleaved repetitions: round after round, every configuration once (A, B, C, D, A, B, C, D…), so a
    /// slow spell on the shared machine hits all of them alike. Warm-up rounds run first and are discarded.
    /// Each run starts after a full collection and is the only work in the process, so the process-wide
    /// allocation counter brackets exactly its allocations, on every analysis thread.
    /// </summary>
    internal static class Harness
    {
        public static async Task<IReadOnlyDictionary<string, ConfigurationMeasurement>> MeasureAsync(
            IReadOnlyList<Configuration> configurations,
            int warmUpRounds,
            int repetitions,
            Action<string> progress)
        {
            var samples = configurations.ToDictionary(configuration => configuration.Name, _ => new List<Sample>());
            for (var round = 1 - warmUpRounds; round <= repetitions; round++)
            {
                foreach (var configuration in configurations)
                {
                    var sample = await RunAloneAsync(configuration).ConfigureAwait(false);
                    if (round > 0)
                    {
                        samples[configuration.Name].Add(sample);
                    }
                }

                progress(round <= 0 ? "warm-up round done" : $"round {round}/{repetitions} done");
            }

            return samples.ToDictionary(pair => pair.Key, pair => new ConfigurationMeasurement(pair.Key, pair.Value));
        }

        private static async Task<Sample> RunAloneAsync(Configuration configuration)
        {
            // Collect the previous run's garbage now rather than on this run's clock.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var pausedBefore = GC.GetTotalPauseDuration();
            var collectionsBefore = GC.CollectionCount(0);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var sample = await configuration.Run().ConfigureAwait(false);
            return sample with
            {
                AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,

                // Every collection includes generation 0, so its count is the number of collections.
                GarbageCollections = GC.CollectionCount(0) - collectionsBefore,
                GcPauseMilliseconds = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds,
            };
        }
    }
}
