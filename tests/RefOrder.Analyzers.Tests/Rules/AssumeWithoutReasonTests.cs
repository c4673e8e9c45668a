using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.AssumeWithoutReasonAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0903: Liveness.Assume without a non-empty literal reason, an error at the attribute.</summary>
    public class AssumeWithoutReasonTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task AssumeWithoutReason() => Diagnose("""
    public static void M(NfsdFile nf)
    {
        {|RO0903:Liveness.Assume(nf, "")|};
    }
""");

        [Fact]
        public Task AssumeWithComputedReason() => Diagnose("""
    public static void M(NfsdFile nf, string why)
    {
        {|RO0903:Liveness.Assume(nf, why)|};
    }
""");
    }
}
