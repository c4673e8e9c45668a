using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Meta
{
    /// <summary>
    /// The engine's events and findings are closed families: a new kind that a consumer forgets is a compile error,
    /// never a silently dropped event or finding. Shown by compiling the analyzer's own sources with a new kind
    /// added, which must fail with exactly the error that names what was forgotten (and compiles cleanly without it).
    /// </summary>
    public class ClosedFamilyTests
    {
        [Fact]
        public void TheAnalyzerSourcesCompileAsTheyAre() =>
            Assert.Empty(Errors(extra: null));

        [Fact]
        public void ANewFindingKindMustDeliverItself() =>
            Assert.Equal(new[] { "CS0534" }, Errors("""
namespace RefOrder.Analyzers.Engine.Findings
{
    internal sealed record ForgottenFinding(string What) : Finding;
}
"""));

        [Fact]
        public void ANewFindingKindNeedsItsSinkMethod() =>
            Assert.Equal(new[] { "CS1061" }, Errors("""
namespace RefOrder.Analyzers.Engine.Findings
{
    internal sealed record ForgottenFinding(string What) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.Forgotten(this);
    }
}
"""));

        [Fact]
        public void ANewEventKindMustBeAccepted() =>
            Assert.Equal(new[] { "CS0534" }, Errors("""
namespace RefOrder.Analyzers.Engine.Events
{
    internal sealed record ForgottenEvent(Microsoft.CodeAnalysis.IOperation Site) : FlowEvent(Site);
}
"""));

        [Fact]
        public void ANewVisitMethodMustBeImplementedByTheTransfer() =>
            Assert.Contains("CS0535", Errors(extra: null, edit: source => source.Replace(
                "void Visit(CallEvent e, TContext context);",
                "void Visit(CallEvent e, TContext context);\n        void Visit(System.Version forgotten, TContext context);",
                StringComparison.Ordinal)));

        /// <summary>The distinct error codes of compiling the analyzer's sources, plus <paramref name="extra"/>, after <paramref name="edit"/>.</summary>
        private static IReadOnlyList<string> Errors(string? extra, Func<string, string>? edit = null)
        {
            var folder = RepositoryFiles.PathOf("src", "RefOrder.Analyzers");
            var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(path => CSharpSyntaxTree.ParseText(edit == null ? File.ReadAllText(path) : edit(File.ReadAllText(path)), path: path))
                .ToList();
            if (extra != null)
            {
                trees.Add(CSharpSyntaxTree.ParseText(extra, path: "Extra.cs"));
            }

            var references = TestReferences.RuntimeAndAnnotations
                .Append(MetadataReference.CreateFromFile(typeof(IOperation).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location));
            var compilation = CSharpCompilation.Create(
                "RefOrder.Analyzers.Copy",
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            return compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.Id)
                .Distinct()
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToList();
        }
    }
}
