using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RefOrder.Analyzers.Rules;

namespace RefOrder.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// The analyzer verifier with every RefOrder analyzer at once (the prelude added as usual): for code that
    /// must stay silent under all rules, and for snippets whose mistakes belong to several rules.
    /// </summary>
    public static class AllAnalyzersVerifier
    {
        public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

        public static Task VerifyAsync([StringSyntax("C#-test")] string source, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source };
            test.TestState.Sources.Add(("Prelude.cs", Prelude.Source));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        /// <summary>Every concrete analyzer the RefOrder.Analyzers assembly ships.</summary>
        public static IEnumerable<DiagnosticAnalyzer> All() =>
            typeof(Descriptors).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) != null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!);

        private sealed class Test : CSharpAnalyzerTest<EmptyDiagnosticAnalyzer, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Framework;
                TestState.AdditionalReferences.AddRange(TestReferences.Additional);
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => All();
        }
    }
}
