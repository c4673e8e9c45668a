using System.Linq;
using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.AnalysisSkippedAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0006: a body the engine did not finish is reported at the method, never passed silently.</summary>
    public class AnalysisSkippedTests
    {
        /// <summary>A body whose control-flow graph has more blocks than the engine's bound of 5,000.</summary>
        private static string Huge(string name) =>
            $"    public static void {name}(NfsdFile nf, bool b)\n    {{\n        NfsdFilePut(nf);\n"
            + string.Concat(Enumerable.Range(0, 2600).Select(i => $"        if (b) Touch({i});\n"))
            + "    }\n";

        [Fact]
        public Task BodyPastTheBlockBound_IsReportedAtTheMethodWithTheReason() =>
            Verify.VerifyAsync(
                Snippet.Class(Huge("{|#0:Huge|}")),
                Verify.Diagnostic("RO0006").WithLocation(0).WithArguments("Huge", "its control-flow graph has 5202 blocks, more than the bound of 5000"));

        [Fact]
        public Task HugeBodyThatTouchesNoContract_CostsNothingAndIsNotReported() =>
            Verify.VerifyAsync(Snippet.Class(Huge("Huge").Replace("NfsdFilePut(nf);", "Touch(nf);", System.StringComparison.Ordinal)));

        [Fact]
        public Task OrdinaryBody_IsNotReported() =>
            Verify.VerifyAsync(Snippet.Class("""
    public static void M(NfsdFile nf, bool b)
    {
        if (b) Touch(nf);
        NfsdFilePut(nf);
    }
"""));
    }
}
