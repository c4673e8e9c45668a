using System;
using System.Threading.Tasks;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>One thing measured on a corpus (RefOrder, the floor, CA2000, Emit…): a name and a run on a fresh compilation.</summary>
    internal sealed record Configuration(string Name, Func<Task<Sample>> Run)
    {
        public const string RefOrder = "RefOrder";
        public const string Floor = "floor";
        public const string Baseline = "baseline";
        public const string Ca2000 = "CA2000";
        public const string Emit = "Emit";
    }
}
