using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Tests.Model;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Contracts
{
    /// <summary>
    /// A compilation that references the annotations but uses none of them registers no RefOrder action at all; one
    /// that uses them, by any route (a using in another file, a referenced annotated library), is analysed as before.
    /// </summary>
    public class VocabularyUseTests
    {
        /// <summary>Ordinary code with a get/put protocol of its own, in a project that merely references the annotations.</summary>
        private const string Unannotated = """
using System;
using System.Threading;

public sealed class Handle
{
    private int _refs = 1;
    public void Get() => Interlocked.Increment(ref _refs);
    public void Put() { if (Interlocked.Decrement(ref _refs) == 0) Console.WriteLine("freed"); }
}

public static class Use
{
    public static void M(Handle h, bool fail)
    {
        h.Get();
        if (fail) return;
        h.Put();
    }
}
""";

        private const string AnnotatedLibrary = """
using RefOrder;

[RefCounted]
public sealed class Lease { }

public static class Leases
{
    [Acquires("l")] public static void Get(Lease l) { }
    [Releases("l")] public static void Put(Lease l) { }
}
""";

        /// <summary>Calls the annotated library without naming the vocabulary anywhere: the leak is still found.</summary>
        private const string LibraryUser = """
public static class Client
{
    public static void M(Lease l, bool fail)
    {
        Leases.Get(l);
        if (fail) return;
        Leases.Put(l);
    }
}
""";

        [Fact]
        public async Task ReferencedButUnused_RegistersNothing()
        {
            var compilation = Compile(("Unannotated.cs", Unannotated));
            Assert.False(ContractTable.For(compilation).VocabularyInUse);

            var (diagnostics, actions) = await RunAsync(compilation);
            Assert.Empty(diagnostics);
            Assert.Equal(0, actions);
        }

        [Fact]
        public async Task AGlobalUsingInAnotherFile_PutsTheVocabularyInUse()
        {
            var compilation = Compile(
                ("GlobalUsings.cs", "global using RefOrder;\n"),
                ("Library.cs", AnnotatedLibrary.Replace("using RefOrder;\n", string.Empty, System.StringComparison.Ordinal)),
                ("Client.cs", LibraryUser));
            Assert.True(ContractTable.For(compilation).VocabularyInUse);

            var (diagnostics, actions) = await RunAsync(compilation);
            Assert.Contains(diagnostics, d => d.Id == "RO0008");
            Assert.True(actions > 0);
        }

        [Fact]
        public async Task AnAnnotatedLibrary_PutsTheVocabularyInUse_ForCodeThatNeverNamesIt()
        {
            var library = Compile(("Library.cs", AnnotatedLibrary));
            using var image = new MemoryStream();
            Assert.True(library.Emit(image).Success);
            var libraryReference = MetadataReference.CreateFromImage(image.ToArray());

            var compilation = Compile(new[] { libraryReference }, ("Client.cs", LibraryUser));
            Assert.True(ContractTable.For(compilation).VocabularyInUse);

            var (diagnostics, _) = await RunAsync(compilation);
            Assert.Contains(diagnostics, d => d.Id == "RO0008" && d.Location.SourceTree!.FilePath == "Client.cs");
        }

        private static CSharpCompilation Compile(params (string Path, string Source)[] files) => Compile(System.Array.Empty<MetadataReference>(), files);

        private static CSharpCompilation Compile(MetadataReference[] extra, params (string Path, string Source)[] files)
        {
            var compilation = CSharpCompilation.Create(
                "VocabularyUse" + files.Length + extra.Length,
                files.Select(f => CSharpSyntaxTree.ParseText(f.Source, path: f.Path)),
                TestReferences.RuntimeAndAnnotations.AddRange(extra),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return compilation;
        }

        /// <summary>RefOrder's diagnostics, and how many operation, symbol and syntax actions its analyzers ran.</summary>
        private static async Task<(ImmutableArray<Diagnostic> Diagnostics, int Actions)> RunAsync(Compilation compilation)
        {
            var analyzers = ModelCompilation.AllAnalyzers();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            int actions = 0;
            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
                actions += telemetry.OperationActionsCount + telemetry.SymbolActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.SyntaxTreeActionsCount + telemetry.OperationBlockActionsCount;
            }

            return (diagnostics, actions);
        }
    }
}
