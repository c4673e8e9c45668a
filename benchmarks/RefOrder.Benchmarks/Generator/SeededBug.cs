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

        /// <summary>A put missing on a return path: RO0008, reported at the method's exit.</summary>
        Leak,

        /// <summary>
        /// A put missing on a break path that rejoins the loop's exit: no RefOrder rule. At the join the
        /// reference is held on one path only, and RO0008 reports what is surely held at an exit; in the
        /// twin it is CA2000's business.
        /// </summary>
        LeakAtJoin,

        /// <summary>A [Releases] local function that returns early without its put: RO0007.</summary>
        ExitContract,

        /// <summary>A [HoldsRef] member assigned a value the method holds no reference on: RO0009.</summary>
        HoldsRefStore,
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
            SeededBug.Leak => "RO0008",
            SeededBug.ExitContract => "RO0007",
            SeededBug.HoldsRefStore => "RO0009",
            _ => null,
        };

        /// <summary>The diagnostics RefOrder should report on the corpus, by rule: one per seeded bug a rule covers, nothing else.</summary>
        public IReadOnlyDictionary<string, int> ExpectedDiagnostics() =>
            _counts
                .Select(pair => (Rule: ExpectedRule(pair.Key), Count: pair.Value))
                .Where(expected => expected.Rule != null)
                .GroupBy(expected => expected.Rule!, System.StringComparer.Ordinal)
                .OrderBy(group => group.Key, System.StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Sum(expected => expected.Count));
    }
}
