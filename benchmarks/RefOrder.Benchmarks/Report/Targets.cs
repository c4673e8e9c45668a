namespace RefOrder.Benchmarks.Report
{
    /// <summary>
    /// The open performance issue's targets: the limits each ratio is held to. Each name carries its
    /// threshold, so a table header or a JSON verdict read alone still says what was required.
    /// </summary>
    internal static class Targets
    {
        public const string DenseOverFloor = "dense: RO ≤ 2× floor";
        public const double DenseOverFloorLimit = 2.0;

        public const string DenseOverEmit = "dense: RO ≤ 0.35× Emit";
        public const double DenseOverEmitLimit = 0.35;

        public const string UnannotatedOverEmit = "unannotated: RO ≤ 0.02× Emit";
        public const double UnannotatedOverEmitLimit = 0.02;

        public const string AllocationsOverFloor = "alloc ≤ 1.5× floor";
        public const double AllocationsOverFloorLimit = 1.5;

        /// <summary>Held wherever the corpus has an IDisposable twin for CA2000 to run on.</summary>
        public const string OverCa2000 = "RO ≤ 0.05× CA2000";
        public const double OverCa2000Limit = 0.05;

        /// <summary>Four times the code may cost at most 4.4 times as much: linear plus 10%.</summary>
        public const string Growth = "80k/20k growth ≤ 4.4";
        public const double GrowthLimit = 4.4;

        public const string PerLineGrowth = "per-line growth 75→1,000 ≤ 1.5×";
        public const double PerLineGrowthLimit = 1.5;

        /// <summary>Time from Cancel() to the analysis task's end on the many-lambdas method.</summary>
        public const string CancellationLatency = "cancellation ≤ 1 s";
        public const double CancellationLatencyLimitMs = 1000;
    }
}
