using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Tests.Meta;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Model
{
    /// <summary>
    /// Compiles a variant of the nfsd model in memory and runs every RefOrder analyzer over it, collecting
    /// diagnostics and any exception an analyzer throws (what the host would report as AD0001).
    /// </summary>
    internal static class ModelCompilation
    {
        /// <summary>
        /// Which folders make up each variant. The build's table is samples/NfsdFileCache/Model.Sources.props;
        /// <see cref="ModelVariantsTests.EveryModelFileBelongsToAVariant"/> keeps the two in step.
        /// </summary>
        public static readonly IReadOnlyDictionary<string, string[]> Folders = new Dictionary<string, string[]>
        {
            ["Mainline"] = new[] { "Common", "Shared/Upstream", "Shared/GcLockDropped", "Shared/NetBorrowed", "Mainline" },
            ["PatchV2"] = new[] { "Common", "Shared/V2Series", "Shared/GcLockDropped", "Shared/NetBorrowed", "PatchV2" },
            ["Reviewed"] = new[] { "Common", "Shared/V2Series", "Shared/GcLockDropped", "Reviewed" },
            ["LockBarrier"] = new[] { "Common", "Shared/Upstream", "Shared/NetBorrowed", "LockBarrier" },
        };


        public static string ModelRoot => RepositoryFiles.PathOf("samples", "NfsdFileCache");

        /// <summary>The variant's source files, relative path to text.</summary>
        public static IReadOnlyList<(string Path, string Text)> Sources(string variant) =>
            Folders[variant]
                .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(ModelRoot, folder), "*.cs", SearchOption.AllDirectories))
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (Path.GetRelativePath(ModelRoot, p).Replace('\\', '/'), File.ReadAllText(p)))
                .ToList();

        public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources) =>
            CSharpCompilation.Create(
                "NfsdModel",
                sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Latest), s.Path)),
                TestReferences.RuntimeAndAnnotations,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() =>
            typeof(RefOrder.Analyzers.Rules.Descriptors).Assembly.GetTypes()
                .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        /// <summary>Runs every RefOrder analyzer; analyzer exceptions are collected, not thrown.</summary>
        public static async Task<AnalysisRun> AnalyzeAsync(Compilation compilation, CancellationToken cancellation = default)
        {
            var exceptions = new List<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (e, analyzer, diagnostic) => { lock (exceptions) { exceptions.Add(e); } },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var withAnalyzers = compilation.WithAnalyzers(AllAnalyzers(), options);
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation);
            return new AnalysisRun(diagnostics, exceptions);
        }

        /// <summary>Runs every RefOrder analyzer on one tree only (what the IDE does for the open document).</summary>
        public static async Task<AnalysisRun> AnalyzeTreeAsync(Compilation compilation, SyntaxTree tree, CancellationToken cancellation = default)
        {
            var exceptions = new List<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (e, analyzer, diagnostic) => { lock (exceptions) { exceptions.Add(e); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var withAnalyzers = compilation.WithAnalyzers(AllAnalyzers(), options);
            var semantic = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, cancellation);
            var syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellation);
            return new AnalysisRun(semantic.AddRange(syntax), exceptions);
        }

        /// <summary>The method (or local function, or type) a diagnostic is in, as the build's verdict names it.</summary>
        public static string MethodOf(Diagnostic diagnostic)
        {
            var node = diagnostic.Location.SourceTree?.GetRoot().FindNode(diagnostic.Location.SourceSpan);
            for (; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case MethodDeclarationSyntax m:
                        return m.Identifier.ValueText;
                    case LocalFunctionStatementSyntax f:
                        return f.Identifier.ValueText;
                    case ConstructorDeclarationSyntax c:
                        return c.Identifier.ValueText;
                    case BaseTypeDeclarationSyntax t:
                        return t.Identifier.ValueText;
                }
            }

            return "?";
        }
    }

    /// <summary>What one analyzer run produced.</summary>
    internal sealed class AnalysisRun
    {
        public AnalysisRun(ImmutableArray<Diagnostic> diagnostics, List<Exception> exceptions)
        {
            Diagnostics = diagnostics;
            Exceptions = exceptions;
        }

        public ImmutableArray<Diagnostic> Diagnostics { get; }

        public List<Exception> Exceptions { get; }

        /// <summary>"RO0001 in NfsdFilePutLocal", sorted, one per distinct finding.</summary>
        public IReadOnlyList<string> Findings(Func<Diagnostic, bool>? filter = null) =>
            Diagnostics.Where(d => d.Id.StartsWith("RO", StringComparison.Ordinal) && (filter?.Invoke(d) ?? true))
                .Select(d => $"{d.Id} in {ModelCompilation.MethodOf(d)}")
                .Distinct()
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
    }
}
