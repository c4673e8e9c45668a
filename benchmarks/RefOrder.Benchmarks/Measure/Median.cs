using System.Collections.Generic;
using System.Linq;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>Medians: robust to the odd run slowed by another process on a shared machine.</summary>
    internal static class Median
    {
        public static double Of(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(value => value).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
