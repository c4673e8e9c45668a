using System;
using System.Collections.Immutable;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>
    /// How many references of one counter the method holds on a value: at least <see cref="Lo"/> on every path,
    /// at most <see cref="Hi"/> on some. Counts saturate at <see cref="Many"/> so loops reach a fixed point.
    /// </summary>
    internal readonly struct HeldCount : IEquatable<HeldCount>
    {
        /// <summary>Saturation: "this many or more".</summary>
        public const int Many = 4;

        public HeldCount(string counter, int lo, int hi)
        {
            Counter = counter;
            Lo = Math.Min(lo, Many);
            Hi = Math.Min(hi, Many);
        }

        public string Counter { get; }

        public int Lo { get; }

        public int Hi { get; }

        public HeldCount Increment() => new HeldCount(Counter, Lo + 1, Hi + 1);

        /// <summary>One reference dropped. A count at <see cref="Many"/> stays possibly many.</summary>
        public HeldCount Decrement() => new HeldCount(Counter, Math.Max(0, Lo - 1), Hi >= Many ? Many : Math.Max(0, Hi - 1));

        public static HeldCount Join(HeldCount a, HeldCount b) => new HeldCount(a.Counter, Math.Min(a.Lo, b.Lo), Math.Max(a.Hi, b.Hi));

        public bool Equals(HeldCount other) => Counter == other.Counter && Lo == other.Lo && Hi == other.Hi;

        public override bool Equals(object? obj) => obj is HeldCount h && Equals(h);

        public override int GetHashCode() => (Counter.GetHashCode() * 31 + Lo) * 31 + Hi;

        public override string ToString() => Lo == Hi ? $"{Counter}={Lo}" : $"{Counter}={Lo}..{Hi}";
    }

    /// <summary>The held counts of one value, one entry per counter ever touched, sorted by counter name.</summary>
    internal static class HeldCounts
    {
        public static HeldCount Get(ImmutableArray<HeldCount> counts, string counter)
        {
            foreach (var c in counts)
            {
                if (c.Counter == counter)
                {
                    return c;
                }
            }

            return new HeldCount(counter, 0, 0);
        }

        public static ImmutableArray<HeldCount> Set(ImmutableArray<HeldCount> counts, HeldCount value)
        {
            for (int i = 0; i < counts.Length; i++)
            {
                if (counts[i].Counter == value.Counter)
                {
                    return counts.SetItem(i, value);
                }

                if (string.CompareOrdinal(counts[i].Counter, value.Counter) > 0)
                {
                    return counts.Insert(i, value);
                }
            }

            return counts.Add(value);
        }

        public static bool AnyHeld(ImmutableArray<HeldCount> counts)
        {
            foreach (var c in counts)
            {
                if (c.Lo > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Joins two count lists; a counter missing on one side counts as zero there.</summary>
        public static ImmutableArray<HeldCount> Join(ImmutableArray<HeldCount> a, ImmutableArray<HeldCount> b)
        {
            if (a == b || a.SequenceEqualFast(b))
            {
                return a;
            }

            var result = a;
            foreach (var x in a)
            {
                result = Set(result, HeldCount.Join(x, Get(b, x.Counter)));
            }

            foreach (var y in b)
            {
                result = Set(result, HeldCount.Join(Get(a, y.Counter), y));
            }

            return result;
        }

        public static bool SequenceEqualFast(this ImmutableArray<HeldCount> a, ImmutableArray<HeldCount> b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (!a[i].Equals(b[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
