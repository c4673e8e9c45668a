namespace RefOrder.Benchmarks.Report
{
    /// <summary>One target checked against one measurement.</summary>
    /// <param name="Target">The target's name (see <see cref="Targets"/>).</param>
    /// <param name="Corpus">The corpus the check is about; null for checks across corpora (growth).</param>
    /// <param name="Measured">The measured ratio; null when it could not be measured (no RefOrder analyzers yet).</param>
    /// <param name="Limit">The largest ratio that passes.</param>
    internal sealed record Verdict(string Target, string? Corpus, double? Measured, double Limit)
    {
        /// <summary><c>pass</c>, <c>FAIL</c> (capitals, to stand out in the table) or <c>n/a</c>.</summary>
        public string Result => Measured is not { } measured ? "n/a" : measured <= Limit ? "pass" : "FAIL";
    }
}
