using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RefOrder.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// The Microsoft.CodeAnalysis.Testing analyzer verifier, with the annotations referenced and, unless a test
    /// says otherwise, the shared <see cref="Prelude"/> (the model's vocabulary of nets, files and puts) added
    /// as a second document. Expectations are written as markup: <c>{|RO0001:…|}</c>, <c>{|#0:…|}</c>.
    /// </summary>
    public static class AnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static DiagnosticResult Diagnostic(string id) =>
            CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

        /// <summary>Checks that <paramref name="source"/> (with the prelude) yields exactly the marked and listed diagnostics.</summary>
        public static Task VerifyAsync([StringSyntax("C#-test")] string source, params DiagnosticResult[] expected) =>
            Create(source, expected).RunAsync();

        /// <summary>Like <see cref="VerifyAsync"/> but without the prelude, for tests that declare their own types.</summary>
        public static Task VerifyStandaloneAsync([StringSyntax("C#-test")] string source, params DiagnosticResult[] expected)
        {
            var test = Create(source, expected, withPrelude: false);
            return test.RunAsync();
        }

        public static Test Create(string source, DiagnosticResult[] expected, bool withPrelude = true)
        {
            var test = new Test { TestCode = source };
            if (withPrelude)
            {
                test.TestState.Sources.Add(("Prelude.cs", Prelude.Source));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Framework;
                TestState.AdditionalReferences.AddRange(TestReferences.Additional);
            }
        }
    }
}
