using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RefOrder.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// The analyzer verifier with every RefOrder analyzer at once (the prelude added as usual): for code that
    /// must stay silent under all rules, and for snippets whose mistakes belong to several rules.
    /// </summary>
    public static class AllAnalyzersVerifier
    {
        public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

        public static Task VerifyAsync([StringSyntax("C#-test")] string source, params DiagnosticResult[] expected) =>
            Run(source, withPrelude: true, expected);

        /// <summary>Like <see cref="VerifyAsync"/> but without the prelude, for tests that declare their own types.</summary>
        public static Task VerifyStandaloneAsync([StringSyntax("C#-test")] string source, params DiagnosticResult[] expected) =>
            Run(source, withPrelude: false, expected);

        private static Task Run(string source, bool withPrelude, DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source };
            if (withPrelude)
            {
                test.TestState.Sources.Add(("Prelude.cs", Prelude.Source));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        private sealed class Test : CSharpAnalyzerTest<EmptyDiagnosticAnalyzer, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Framework;
                TestState.AdditionalReferences.AddRange(TestReferences.Additional);

                // The framework re-runs each case with '#pragma warning disable <id>' added and no reason given;
                // RO0906 rightly reports that pragma, so the check cannot hold with every analyzer present.
                TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Model.ModelCompilation.AllAnalyzers();
        }
    }
}
