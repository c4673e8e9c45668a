using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RefOrder.Analyzers.Tests.Meta
{
    /// <summary>
    /// Compiles documentation snippets against the running framework and RefOrder.Annotations (no package
    /// download), and runs RefOrder's analyzers over them, collecting analyzer exceptions instead of AD0001.
    /// </summary>
    internal static class SnippetCompiler
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

        public static CSharpCompilation Compile(string name, params string[] sources)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"{name}.{i}.cs"));
            return CSharpCompilation.Create(
                name,
                trees,
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        public static IEnumerable<Diagnostic> Errors(Compilation compilation) =>
            compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

        /// <summary>The unsuppressed diagnostics of <paramref name="analyzers"/> and the exceptions they threw.</summary>
        public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions)> AnalyzeAsync(
            Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => { lock (exceptions) { exceptions.Add($"{analyzer.GetType().Name}: {exception}"); } },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
            return (diagnostics.Where(diagnostic => !diagnostic.IsSuppressed).ToImmutableArray(), exceptions);
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                    || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll");
            return framework
                .Append(typeof(LiveAttribute).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
