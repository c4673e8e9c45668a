namespace RefOrder.Benchmarks.Report
{
    /// <summary>The performance targets: the limits each ratio is held to.</summary>
    internal static class Targets
    {
        public const string DenseOverFloor = "dense ≤ 2× floor";
        public const double DenseOverFloorLimit = 2.0;

        public const string DenseOverCa2000 = "dense ≤ 1/8 CA2000";
        public const double DenseOverCa2000Limit = 1.0 / 8;

        public const string UnannotatedOverEmit = "unannotated ≤ 0.02× Emit";
        public const double UnannotatedOverEmitLimit = 0.02;

        public const string AllocationsOverFloor = "allocations ≤ 1.5× floor";
        public const double AllocationsOverFloorLimit = 1.5;

        /// <summary>Four times the code may cost at most 4.4 times as much: linear plus 10%.</summary>
        public const string Growth = "80k/20k growth ≤ 4.4";
        public const double GrowthLimit = 4.4;

        public const string PerLineGrowth = "per-line growth 75→1,000 ≤ 2×";
        public const double PerLineGrowthLimit = 2.0;
    }
}
