using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Ide
{
    /// <summary>
    /// What the editor underlines: each document's diagnostics, computed as the IDE does, one document at a time,
    /// with RefOrder's analyzers as the project references them and the project's analyzer options (its
    /// .editorconfig severities included). The SDK's own analyzers are left out: they are not under test.
    /// </summary>
    internal static class Squiggles
    {
        public static bool IsRefOrder(AnalyzerReference reference) =>
            Path.GetFileName(reference.FullPath ?? "").StartsWith("RefOrder.", StringComparison.Ordinal);

        public static ImmutableArray<DiagnosticAnalyzer> RefOrderAnalyzers(Project project) =>
            project.AnalyzerReferences.Where(IsRefOrder).SelectMany(r => r.GetAnalyzers(project.Language)).ToImmutableArray();

        /// <summary>Every document's squiggles: compiler errors and RefOrder's diagnostics.</summary>
        public static async Task<IReadOnlyList<Diagnostic>> InAsync(Project project)
        {
            var analyzers = RefOrderAnalyzers(project);
            if (analyzers.IsEmpty)
            {
                throw new InvalidOperationException($"{project.Name} references no RefOrder analyzer: {string.Join(", ", project.AnalyzerReferences.Select(r => r.Display))}");
            }

            var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException($"{project.Name} has no compilation");
            var withAnalyzers = compilation.WithAnalyzers(analyzers, project.AnalyzerOptions);
            var squiggles = new List<Diagnostic>();
            foreach (var document in project.Documents)
            {
                var model = await document.GetSemanticModelAsync() ?? throw new InvalidOperationException($"{document.Name} has no semantic model");
                squiggles.AddRange(model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
                squiggles.AddRange(await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(model.SyntaxTree, default));
                squiggles.AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, default));
            }

            return squiggles;
        }

        /// <summary>
        /// "Error RO0001 in PatchV2/NfsdFilePutLocal.cs, NfsdFilePutLocal: NfsdNetPut(net); related
        /// PatchV2/NfsdFilePutLocal.cs: NfsdFilePut(nf)": severity, rule, file, method, the code underlined, and the
        /// code at each additional location, files relative to <paramref name="baseFolder"/>.
        /// </summary>
        public static string Describe(Diagnostic diagnostic, string baseFolder)
        {
            var location = diagnostic.Location;
            var source = SourceFile.From(location.SourceTree!);
            var related = diagnostic.AdditionalLocations.Select(l => $"{Relative(l, baseFolder)}: {Code(l)}");
            return $"{diagnostic.Severity} {diagnostic.Id} in {Relative(location, baseFolder)}, {source.MemberAt(location.SourceSpan.Start)}: {Code(location)}; related {string.Join(" and ", related)}";
        }

        private static string Relative(Location location, string baseFolder) =>
            Path.GetRelativePath(baseFolder, location.SourceTree!.FilePath).Replace('\\', '/');

        private static string Code(Location location) => location.SourceTree!.GetText().ToString(location.SourceSpan);
    }
}
