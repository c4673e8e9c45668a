using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RefOrder.Analyzers.Tests.Verifiers
{
    /// <summary>The code-fix verifier, set up like <see cref="AnalyzerVerifier{TAnalyzer}"/>.</summary>
    public static class CodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static DiagnosticResult Diagnostic(string id) =>
            CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

        /// <summary>Checks the diagnostics of <paramref name="source"/> and that the fix turns it into <paramref name="fixedSource"/>.</summary>
        public static Task VerifyAsync([StringSyntax("C#-test")] string source, [StringSyntax("C#-test")] string fixedSource, params DiagnosticResult[] expected)
        {
            var test = Create(source, fixedSource);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        public static Test Create(string source, string fixedSource, bool withPrelude = true)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource };
            if (withPrelude)
            {
                test.TestState.Sources.Add(("Prelude.cs", Prelude.Source));
                test.FixedState.Sources.Add(("Prelude.cs", Prelude.Source));
            }

            return test;
        }

        public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Framework;
                TestState.AdditionalReferences.AddRange(TestReferences.Additional);
            }
        }
    }
}
