using System.Collections.Generic;
using System.Linq;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>The mistakes the generator sprinkles into otherwise correct code, each with the rule expected to catch it.</summary>
    internal enum SeededBug
    {
        /// <summary>The guard (nfsd_net) put before the file put: RO0001.</summary>
        PutOrder,

        /// <summary>An acquire on a value not known live: RO0002.</summary>
        LatePin,

        /// <summary>A member read after the put: RO0003.</summary>
        UseAfterPut,

        /// <summary>A value not known live passed to a [Live] parameter: RO0004.</summary>
        NotLive,

        /// <summary>A put missing on an early exit: no RefOrder rule; in the twin, CA2000's business.</summary>
        Leak,
    }

    /// <summary>How many bugs of each kind a corpus was seeded with.</summary>
    internal sealed class BugTally
    {
        private readonly Dictionary<SeededBug, int> _counts = new Dictionary<SeededBug, int>();

        public void Add(SeededBug bug) => _counts[bug] = Count(bug) + 1;

        public void Add(BugTally other)
        {
            foreach (var pair in other._counts)
            {
                _counts[pair.Key] = Count(pair.Key) + pair.Value;
            }
        }

        public int Count(SeededBug bug) => _counts.TryGetValue(bug, out var count) ? count : 0;

        public IReadOnlyDictionary<string, int> ByKind() =>
            _counts.OrderBy(pair => pair.Key).ToDictionary(pair => pair.Key.ToString(), pair => pair.Value);

        /// <summary>The diagnostic a seeded bug should raise, or null when no RefOrder rule covers it.</summary>
        public static string? ExpectedRule(SeededBug bug) => bug switch
        {
            SeededBug.PutOrder => "RO0001",
            SeededBug.LatePin => "RO0002",
            SeededBug.UseAfterPut => "RO0003",
            SeededBug.NotLive => "RO0004",
            _ => null,
        };
    }
}
