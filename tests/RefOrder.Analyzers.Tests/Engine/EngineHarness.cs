using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Engine
{
    /// <summary>
    /// Runs the engine alone on one method of a snippet (no analyzer, no diagnostics) and returns what its sink
    /// received, so tests can inspect the facts at <c>RefOrderProbe.At("label", values…)</c> test points. The
    /// harness tells the engine, through its test seam, that calls to <c>RefOrderProbe</c> are test points.
    /// </summary>
    internal static class EngineHarness
    {
        private const string ProbeType = """
public static class RefOrderProbe
{
    public static void At(string label, params object?[] values) { }
}
""";


        /// <summary>Analyses method <paramref name="method"/> of <paramref name="members"/> (wrapped like rule tests).</summary>
        public static RecordingSink Run(string members, string method = "M", AnalysisLimits? limits = null)
        {
            var trees = new[]
            {
                CSharpSyntaxTree.ParseText(Snippet.Class(members)),
                CSharpSyntaxTree.ParseText(Prelude.Source),
                CSharpSyntaxTree.ParseText(ProbeType),
            };
            var compilation = CSharpCompilation.Create(
                "EngineTest",
                trees,
                TestReferences.RuntimeAndAnnotations,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("Snippet does not compile: " + string.Join("; ", errors));
            }

            var tree = trees[0];
            var model = compilation.GetSemanticModel(tree);
            var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == method);
            var symbol = model.GetDeclaredSymbol(declaration)!;
            var graph = ControlFlowGraph.Create(declaration, model)!;
            var probe = compilation.GetTypeByMetadataName("RefOrderProbe");
            var options = new AnalysisOptions(limits ?? AnalysisLimits.Default, method => SymbolEqualityComparer.Default.Equals(method.ContainingType, probe));
            var result = new RecordingSink();
            FlowAnalysis.Analyze(graph, symbol, ContractTable.For(compilation), result, options);
            return result;
        }

        /// <summary>The single snapshot taken at test point <paramref name="label"/>.</summary>
        public static ProbeSnapshot At(this RecordingSink result, string label)
        {
            var snapshots = result.Probes.Where(p => p.Label == label).ToList();
            Assert.True(snapshots.Count == 1, $"expected one snapshot at '{label}', got {snapshots.Count}");
            return snapshots[0];
        }

        public static ProbedValue Value(this ProbeSnapshot snapshot, int index) => snapshot.Values[index];
    }
}
