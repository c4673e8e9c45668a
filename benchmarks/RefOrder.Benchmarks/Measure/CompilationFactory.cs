using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RefOrder.Benchmarks.Corpora;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// Fresh compilations of a corpus. Sources are parsed once; every measurement gets a new
    /// <see cref="CSharpCompilation"/> over those trees, so no bound state, semantic model or analyzer
    /// cache carries over from one run to the next. Metadata references are shared, as in a compiler server.
    /// </summary>
    internal sealed class CompilationFactory
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        /// <summary>
        /// The default build configuration (nullable on, as in the models; debug code generation), except that
        /// the compiler binds on one thread. Emit's elapsed time is then the compile's total work, comparable
        /// with analyzer execution time, which telemetry sums over the analysis threads; and those threads are
        /// not time-sliced against parallel binding, which the telemetry (elapsed time per callback) would
        /// count as analyzer time: on two cores that inflated the floor on the larger corpus several-fold.
        /// </summary>
        private static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            optimizationLevel: OptimizationLevel.Debug,
            concurrentBuild: false,
            deterministic: true);

        private readonly ImmutableArray<SyntaxTree> _trees;
        private readonly ImmutableArray<MetadataReference> _references;
        private readonly string _assemblyName;

        private CompilationFactory(string assemblyName, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
        {
            _assemblyName = assemblyName;
            _trees = trees;
            _references = references;
        }

        public static CompilationFactory For(string assemblyName, IReadOnlyList<SourceFile> sources, ImmutableArray<MetadataReference> references)
        {
            var trees = sources
                .Select(source => CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.Path))
                .ToImmutableArray();
            return new CompilationFactory(assemblyName, trees, references);
        }

        /// <summary>A new compilation, optionally with rule severities set (CA2000 is off by default).</summary>
        public CSharpCompilation Create(IReadOnlyDictionary<string, ReportDiagnostic>? severities = null)
        {
            var options = severities == null ? Options : Options.WithSpecificDiagnosticOptions(severities);
            return CSharpCompilation.Create(_assemblyName, _trees, _references, options);
        }

        /// <summary>
        /// The compiler's errors by file (declaration and method-body binding, no code generation); errors
        /// with no source location under the empty path. Binds concurrently: it only decides what to measure.
        /// </summary>
        public IReadOnlyDictionary<string, int> ErrorsByFile() =>
            Create().WithOptions(Options.WithConcurrentBuild(true)).GetDiagnostics()
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                .GroupBy(diagnostic => diagnostic.Location.SourceTree?.FilePath ?? string.Empty)
                .ToDictionary(group => group.Key, group => group.Count());

        /// <summary>Emits once and throws with the first errors if the corpus does not compile: measuring broken code measures nothing.</summary>
        public void EnsureCompiles()
        {
            using var peStream = new MemoryStream();
            var result = Create().Emit(peStream);
            if (!result.Success)
            {
                var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(5);
                throw new InvalidOperationException(
                    $"Corpus {_assemblyName} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
            }
        }
    }
}
