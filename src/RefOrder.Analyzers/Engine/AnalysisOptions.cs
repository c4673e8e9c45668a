using System;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Engine
{
    /// <summary>Bounds on the work spent on one body; past them the body is reported as skipped, never silently.</summary>
    internal sealed class AnalysisLimits
    {
        public static readonly AnalysisLimits Default = new AnalysisLimits(maxBlocks: 5000, visitsPerBlock: 40);

        public AnalysisLimits(int maxBlocks, int visitsPerBlock)
        {
            MaxBlocks = maxBlocks;
            VisitsPerBlock = visitsPerBlock;
        }

        public int MaxBlocks { get; }

        public int VisitsPerBlock { get; }
    }

    /// <summary>
    /// How one engine run is set up: its limits, and the seam through which engine tests mark test points. The
    /// shipped analyzers pass <see cref="Default"/>, which recognises no test point: no type name of user code
    /// can turn a call into one.
    /// </summary>
    internal sealed class AnalysisOptions
    {
        public static readonly AnalysisOptions Default = new AnalysisOptions(AnalysisLimits.Default, null);

        public AnalysisOptions(AnalysisLimits limits, Func<IMethodSymbol, bool>? isTestPoint)
        {
            Limits = limits;
            IsTestPoint = isTestPoint;
        }

        public AnalysisLimits Limits { get; }

        /// <summary>Calls to methods this accepts become test points (engine tests only); null in the shipped analyzers.</summary>
        public Func<IMethodSymbol, bool>? IsTestPoint { get; }
    }
}
