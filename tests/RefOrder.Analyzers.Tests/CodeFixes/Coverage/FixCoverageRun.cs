using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RefOrder.Analyzers.Tests.Model;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.CodeFixes.Coverage
{
    /// <summary>
    /// One corpus site through the code fix as an editor applies it: the case's document in a workspace with the
    /// prelude, every RefOrder analyzer run, the rule's provider asked for actions on the site's diagnostic, and each
    /// action's solution compiled and analysed again. An action is correct when the result compiles, the site's
    /// diagnostic is gone, and every diagnostic left (compiler warnings included) was there before.
    /// </summary>
    internal static class FixCoverageRun
    {
        /// <summary>One outcome per diagnostic of the case's rule (a guard put before two objects is two sites).</summary>
        public static async Task<IReadOnlyList<SiteOutcome>> RunAsync(CoverageCase site, CancellationToken cancellation = default)
        {
            var document = Document(site);
            var left = LeftOut(site);
            var before = await DiagnosticsAsync(document.Project, left, cancellation);
            var errors = before.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var targets = before.Where(d => d.Id == site.Rule).ToList();
            if (errors.Count > 0 || targets.Count == 0)
            {
                return new[] { SiteOutcome.Invalid($"expected {site.Rule} and no error before the fix, got [{string.Join("; ", before)}]") };
            }

            var outcomes = new List<SiteOutcome>();
            foreach (var target in targets)
            {
                outcomes.Add(await FixAsync(site, document, before, target, left, cancellation));
            }

            return outcomes;
        }

        private static async Task<SiteOutcome> FixAsync(CoverageCase site, Document document, ImmutableArray<Diagnostic> before, Diagnostic target, string[] left, CancellationToken cancellation)
        {
            var actions = new List<CodeAction>();
            await site.Provider().RegisterCodeFixesAsync(new CodeFixContext(document, target, (action, _) => actions.Add(action), cancellation));
            var keys = new List<string>();
            var broken = new List<string>();
            foreach (var action in actions)
            {
                var operations = await action.GetOperationsAsync(cancellation);
                var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
                var after = await DiagnosticsAsync(changed.GetProject(document.Project.Id)!, left, cancellation);
                var expected = Signatures(before.Where(d => d != target));
                var actual = Signatures(after);
                if (!IsSubset(actual, expected))
                {
                    var text = (await changed.GetDocument(document.Id)!.GetTextAsync(cancellation)).ToString();
                    broken.Add($"{action.EquivalenceKey}: expected [{string.Join("; ", expected)}] got [{string.Join("; ", actual)}]\n{text}");
                }

                keys.Add(action.EquivalenceKey ?? action.Title);
            }

            return new SiteOutcome(actions.Count > 0 && broken.Count == 0, keys, broken, null);
        }

        private static Document Document(CoverageCase site)
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Create(),
                "Corpus",
                "Corpus",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: TestReferences.RuntimeAndAnnotations));
            project = project.AddDocument("Prelude.cs", SourceText.From(Prelude.Source)).Project;
            project = project.AddDocument("CorpusTypes.cs", SourceText.From(CoverageCorpus.Types)).Project;
            return project.AddDocument(site.Name + ".cs", SourceText.From(Snippet.Class(site.Members)));
        }

        /// <summary>
        /// The exit rules (contracts kept, leaks, [HoldsRef] stores) are left out of the put-order and pin cases: those
        /// were written for RO0001 and RO0002, and several break their own contracts on some path on purpose. The exit
        /// rules' own cases keep every rule on.
        /// </summary>
        public static readonly string[] ExitRules = { "RO0007", "RO0008", "RO0009" };

        private static string[] LeftOut(CoverageCase site) => ExitRules.Contains(site.Rule) ? Array.Empty<string>() : ExitRules;

        private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, string[] leftOut, CancellationToken cancellation)
        {
            var compilation = (await project.GetCompilationAsync(cancellation))!;
            var analysed = compilation.WithAnalyzers(ModelCompilation.AllAnalyzers(), project.AnalyzerOptions);
            var analyzers = await analysed.GetAnalyzerDiagnosticsAsync(cancellation);
            return compilation.GetDiagnostics(cancellation).Where(d => d.Severity >= DiagnosticSeverity.Warning).Concat(analyzers.Where(d => !leftOut.Contains(d.Id))).ToImmutableArray();
        }

        /// <summary>True when every line of <paramref name="actual"/> is in <paramref name="expected"/> as often: nothing new (a fix may clear more than its site).</summary>
        private static bool IsSubset(List<string> actual, List<string> expected)
        {
            var left = expected.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            return actual.GroupBy(s => s).All(g => left.TryGetValue(g.Key, out int n) && n >= g.Count());
        }

        /// <summary>What a diagnostic says, without where: a fix moves code, so positions change while findings do not.</summary>
        private static List<string> Signatures(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Select(d => $"{d.Id}: {d.GetMessage()}").OrderBy(s => s, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A site of the corpus: the rule, a name, the members of class <c>C</c>, and why no fix is expected (null when one
    /// is). The expectation is checked, so a refusal that starts or stops happening shows up as a failure.
    /// </summary>
    internal sealed record CoverageCase(string Rule, string Name, string Members, string? Refusal = null)
    {
        public CodeFixProvider Provider() => Rule switch
        {
            "RO0001" => new RefOrder.CodeFixes.PutOrderCodeFix(),
            "RO0007" => new RefOrder.CodeFixes.ExitContractCodeFix(),
            "RO0008" => new RefOrder.CodeFixes.ReferenceLeakCodeFix(),
            _ => new RefOrder.CodeFixes.PinPlacementCodeFix(),
        };

        public override string ToString() => $"{Rule} {Name}";
    }

    /// <summary>What happened at a site: fixed (some action, none broken), the keys of the actions offered, and the broken ones.</summary>
    internal sealed record SiteOutcome(bool Fixed, IReadOnlyList<string> Actions, IReadOnlyList<string> Broken, string? Problem)
    {
        public static SiteOutcome Invalid(string problem) => new SiteOutcome(false, Array.Empty<string>(), Array.Empty<string>(), problem);
    }
}
