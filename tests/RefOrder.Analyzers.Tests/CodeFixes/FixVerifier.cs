using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RefOrder.Analyzers.Rules;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// The code-fix verifier with every RefOrder analyzer running, not just the fixed rule's: the fixed code must
    /// come out free of all RefOrder diagnostics, so a fix that trades RO0001 for a use after put (RO0003) or an
    /// unheld lock (RO0005) fails. Sources get the shared prelude like <see cref="CodeFixVerifier{TAnalyzer, TCodeFix}"/>.
    /// </summary>
    public static class FixVerifier<TCodeFix>
        where TCodeFix : CodeFixProvider, new()
    {
        public static DiagnosticResult Diagnostic(string id) =>
            CSharpCodeFixVerifier<PutOrderAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

        /// <summary>Checks the marked diagnostics of <paramref name="source"/> and that fixing them (one by one and all at once) gives <paramref name="fixedSource"/>.</summary>
        public static Task VerifyAsync([StringSyntax("C#-test")] string source, [StringSyntax("C#-test")] string fixedSource) =>
            Create(source, fixedSource).RunAsync();

        /// <summary>
        /// Checks that the marked diagnostics of <paramref name="source"/> are reported and no fix is offered for them:
        /// no action under any key, so a rule's other strategy offered there fails the test too.
        /// </summary>
        public static Task VerifyNoFixAsync([StringSyntax("C#-test")] string source) => WithoutFix(Create(source, source));

        /// <summary>A test of <paramref name="source"/>; <paramref name="fixedPrelude"/> is the prelude after the fix when the fix edits it too.</summary>
        public static Test Create(string source, string fixedSource, string? fixedPrelude = null)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = EquivalenceKey };
            test.TestState.Sources.Add(("Prelude.cs", Prelude.Source));
            test.FixedState.Sources.Add(("Prelude.cs", fixedPrelude ?? Prelude.Source));
            return test;
        }

        /// <summary>Like <see cref="VerifyAsync"/>, for the exit rules' own fixes: RO0007–RO0009 stay on, so a fix that trades a leak for another exit finding fails.</summary>
        public static Task VerifyWithExitRulesAsync([StringSyntax("C#-test")] string source, [StringSyntax("C#-test")] string fixedSource) =>
            CreateWithExitRules(source, fixedSource).RunAsync();

        /// <summary>Like <see cref="VerifyNoFixAsync"/>, with RO0007–RO0009 on.</summary>
        public static Task VerifyNoFixWithExitRulesAsync([StringSyntax("C#-test")] string source) => WithoutFix(CreateWithExitRules(source, source));

        /// <summary>Like <see cref="Create"/>, with RO0007–RO0009 on.</summary>
        public static Test CreateWithExitRules(string source, string fixedSource)
        {
            var test = Create(source, fixedSource);
            test.DisabledDiagnostics.Clear();
            return test;
        }

        /// <summary>Runs <paramref name="test"/> expecting no action under any key.</summary>
        private static Task WithoutFix(Test test)
        {
            test.CodeActionEquivalenceKey = null;
            return test.RunAsync();
        }

        public sealed class Test : CSharpCodeFixTest<PutOrderAnalyzer, TCodeFix, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Framework;
                TestState.AdditionalReferences.AddRange(TestReferences.Additional);

                // The library's own check wraps the code in '#pragma warning disable', which RO0906 (unjustified
                // suppression) rightly reports; that check is about suppression, not about fixes.
                TestBehaviors |= TestBehaviors.SkipSuppressionCheck;

                // The put-order and pin snippets are shaped for RO0001/RO0002 (several return early without the
                // puts their contracts promise); the exit rules have tests of their own.
                DisabledDiagnostics.AddRange(Coverage.FixCoverageRun.ExitRules);
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Model.ModelCompilation.AllAnalyzers();
        }

        /// <summary>The fix's published key: actions are looked up by it, so a fix that changed or lost its key fails every test.</summary>
        private static readonly string? EquivalenceKey =
            typeof(TCodeFix).GetField("EquivalenceKey")?.GetRawConstantValue() as string;
    }
}
