using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// Asks for every operation block and does nothing with it. A run with it costs what every operation
    /// analyzer's run costs before its own code: the driver, binding every body, building operation trees.
    /// Its allocations are subtracted from RefOrder's and the floor's, so "allocations × floor" compares
    /// the analyzers' own work rather than two equal piles of binding.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class DriverBaselineAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(NeverReported.Descriptor("BASELINE"));

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationBlockAction(_ => { });
        }
    }
}
