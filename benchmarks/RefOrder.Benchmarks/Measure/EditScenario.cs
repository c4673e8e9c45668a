using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RefOrder.Benchmarks.Corpora;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// What the IDE does after a keystroke: one annotated file of about 5,000 lines is open, a statement is
    /// added in the method in its middle, and the new diagnostics are asked for, of the whole file
    /// (<c>GetAnalyzerSemanticDiagnosticsAsync(model, null)</c>) or of the edited method's span only. Every
    /// run starts from a fresh <see cref="CompilationWithAnalyzers"/> on a fresh edited compilation, as an
    /// IDE gets after an edit; the time is elapsed time to the diagnostics, binding included.
    /// </summary>
    internal sealed class EditScenario
    {
        public const string Edit = "Api.Touch(key + 1); added before the middle statement of the middle method";

        public const string FileScope = "file";

        public const string MethodScope = "method";

        private readonly CompilationFactory _factory;
        private readonly SyntaxTree _original;
        private readonly SyntaxTree _edited;

        private EditScenario(Corpus file, CompilationFactory factory, SyntaxTree original, SyntaxTree edited, MethodDeclarationSyntax method)
        {
            _factory = factory;
            _original = original;
            _edited = edited;
            FileLines = file.Sources[file.Sources.Count - 1].LineCount;
            Methods = file.Methods;
            MethodName = method.Identifier.ValueText;
            MethodSpan = method.Span;
            var lines = edited.GetLineSpan(method.Span);
            MethodLines = lines.EndLinePosition.Line - lines.StartLinePosition.Line + 1;
        }

        public int FileLines { get; }

        public int Methods { get; }

        public string MethodName { get; }

        public int MethodLines { get; }

        private TextSpan MethodSpan { get; }

        public static EditScenario Create(int lines)
        {
            var file = CorpusCatalog.SingleFile(lines);
            var factory = CompilationFactory.For(file.Name, file.Sources, CorpusReferences.For(file));
            factory.EnsureCompiles();
            var original = factory.Create().SyntaxTrees.Last();
            var name = $"M{file.Methods / 2}";
            var method = Method(original, name);
            var statement = method.Body!.Statements[method.Body.Statements.Count / 2];
            var indentation = statement.GetLeadingTrivia().ToFullString();
            var change = new TextChange(new TextSpan(statement.SpanStart, 0), "Api.Touch(key + 1);\n" + indentation);
            var edited = original.WithChangedText(original.GetText().WithChanges(change));
            return new EditScenario(file, factory, original, edited, Method(edited, name));
        }

        /// <summary>RefOrder, the floor and the do-nothing baseline, each asked for the file's and for the method's diagnostics.</summary>
        public IReadOnlyList<Configuration> Configurations()
        {
            var scopes = new[] { (Name: FileScope, Span: (TextSpan?)null), (Name: MethodScope, Span: (TextSpan?)MethodSpan) };
            var contenders = new (string Name, Func<ImmutableArray<DiagnosticAnalyzer>> Create)[]
            {
                (Configuration.RefOrder, RefOrderAnalyzers.Create),
                (Configuration.Floor, () => ImmutableArray.Create<DiagnosticAnalyzer>(new CfgFloorAnalyzer())),
                (Configuration.Baseline, () => ImmutableArray.Create<DiagnosticAnalyzer>(new DriverBaselineAnalyzer())),
            };
            return scopes
                .SelectMany(scope => contenders.Select(contender => new Configuration(
                    ConfigurationName(contender.Name, scope.Name),
                    () => DiagnoseAsync(contender.Create(), scope.Span))))
                .ToList();
        }

        public static string ConfigurationName(string contender, string scope) => $"{contender} {scope}";

        private async Task<Sample> DiagnoseAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, TextSpan? span)
        {
            var compilation = _factory.Create().ReplaceSyntaxTree(_original, _edited);
            var exceptions = new ConcurrentQueue<string>();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, AnalyzerRun.Options(exceptions, logExecutionTime: false));
            var wall = Stopwatch.StartNew();
            var model = compilation.GetSemanticModel(_edited);
            var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, span, CancellationToken.None).ConfigureAwait(false);
            wall.Stop();
            var milliseconds = wall.Elapsed.TotalMilliseconds;
            return new Sample(milliseconds, milliseconds, AnalyzerRun.ById(diagnostics), exceptions.ToArray());
        }

        private static MethodDeclarationSyntax Method(SyntaxTree tree, string name) =>
            tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(method => method.Identifier.ValueText == name);
    }
}
