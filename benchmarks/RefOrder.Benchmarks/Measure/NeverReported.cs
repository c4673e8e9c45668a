using Microsoft.CodeAnalysis;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// A descriptor for the benchmark's own analyzers, which report nothing. They need one that is enabled:
    /// the analyzer driver skips an analyzer whose every supported diagnostic is off.
    /// </summary>
    internal static class NeverReported
    {
        public static DiagnosticDescriptor Descriptor(string id) => new DiagnosticDescriptor(
            id,
            "Benchmark analyzer",
            "Never reported",
            "Benchmark",
            DiagnosticSeverity.Hidden,
            isEnabledByDefault: true);
    }
}
