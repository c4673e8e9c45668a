using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.UnjustifiedSuppressionAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0906: RefOrder findings are suppressed only with a reason.</summary>
    public class UnjustifiedSuppressionTests
    {
        /// <summary>
        /// The verifier's own suppression check wraps the code in an unexplained '#pragma warning disable RO0906',
        /// which this rule rightly reports; that check is meaningless for the rule about pragmas, so it is skipped.
        /// </summary>
        private static Task Diagnose(string members)
        {
            var test = Verify.Create(Snippet.Class(members), System.Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>());
            test.TestBehaviors |= Microsoft.CodeAnalysis.Testing.TestBehaviors.SkipSuppressionCheck;
            return test.RunAsync();
        }

        [Fact]
        public Task SuppressMessageWithoutJustification() => Diagnose("""
    [{|RO0906:System.Diagnostics.CodeAnalysis.SuppressMessage("RefOrder", "RO0001")|}]
    public static void M() { }
""");

        [Fact]
        public Task SuppressMessageWithEmptyJustification() => Diagnose("""
    [{|RO0906:System.Diagnostics.CodeAnalysis.SuppressMessage("RefOrder", "RO0004:Liveness", Justification = " ")|}]
    public static void M() { }
""");

        [Fact]
        public Task PragmaWithoutComment() => Diagnose("""
    public static void M()
    {
{|RO0906:#pragma warning disable RO0003|}
        Touch(null);
#pragma warning restore RO0003
    }
""");

        [Fact]
        public Task Valid_SuppressMessageWithJustification() => Diagnose("""
    [System.Diagnostics.CodeAnalysis.SuppressMessage("RefOrder", "RO0001", Justification = "R3: another guard reference is held by the caller")]
    public static void M() { }
""");

        [Fact]
        public Task Valid_PragmaWithTrailingReason() => Diagnose("""
    public static void M()
    {
#pragma warning disable RO0005 // the caller holds rcu: called only from the RCU walk
        Touch(null);
#pragma warning restore RO0005
    }
""");

        [Fact]
        public Task Valid_OtherCategoriesAreNotOurs() => Diagnose("""
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE0001")]
    public static void M() { }
""");
    }
}
