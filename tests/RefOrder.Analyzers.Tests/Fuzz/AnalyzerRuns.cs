using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Tests.Model;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// One way to run every RefOrder analyzer for the fuzz properties: a fresh clone of the compilation each time (the
    /// engine caches results per compilation object, so re-running the same object would compare a cache with itself),
    /// analyzer exceptions collected through the host's handler (what the IDE shows as AD0001), and the engine's own
    /// caught exceptions (RO0006 "internal error") picked out of the diagnostics.
    /// </summary>
    internal static class AnalyzerRuns
    {
        public static async Task<AnalysisRun> WholeAsync(Compilation compilation, bool concurrent, CancellationToken cancellation = default)
        {
            var exceptions = new List<Exception>();
            var withAnalyzers = compilation.Clone().WithAnalyzers(ModelCompilation.AllAnalyzers(), Options(exceptions, concurrent));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation);
            return new AnalysisRun(diagnostics, exceptions);
        }

        /// <summary>Only <paramref name="tree"/>, as the IDE analyses the open document while it is typed in.</summary>
        public static async Task<AnalysisRun> TreeAsync(Compilation compilation, SyntaxTree tree, bool concurrent)
        {
            var exceptions = new List<Exception>();
            var clone = compilation.Clone();
            var withAnalyzers = clone.WithAnalyzers(ModelCompilation.AllAnalyzers(), Options(exceptions, concurrent));
            var semantic = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(clone.GetSemanticModel(tree), null, CancellationToken.None);
            var syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None);
            return new AnalysisRun(semantic.AddRange(syntax), exceptions);
        }

        public static CompilationWithAnalyzersOptions Options(List<Exception> exceptions, bool concurrent) =>
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (e, analyzer, diagnostic) => { lock (exceptions) { exceptions.Add(e); } },
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false);
    }

    /// <summary>The two fuzz verdicts on a run.</summary>
    internal static class FuzzVerdicts
    {
        /// <summary>Analyzer exceptions and engine-caught internal errors, empty when the run is healthy.</summary>
        public static IReadOnlyList<string> Crashes(this AnalysisRun run) =>
            run.Exceptions.Select(e => "analyzer exception (AD0001): " + e)
                .Concat(run.Diagnostics.Where(d => d.Id == "RO0006" && d.GetMessage().Contains("internal error", StringComparison.Ordinal))
                    .Select(d => "RO0006 internal error: " + d))
                .ToList();

        /// <summary>The diagnostics as a comparable multiset: id, file, span and message, ordered (a duplicate is a difference too).</summary>
        public static IReadOnlyList<string> Signature(this AnalysisRun run) =>
            run.Diagnostics.Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}{d.Location.SourceSpan} {d.GetMessage()}")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
    }
}
