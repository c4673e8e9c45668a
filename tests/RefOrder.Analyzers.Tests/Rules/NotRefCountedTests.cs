using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.NotRefCountedAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0905: a reference-count annotation on a type that is not [RefCounted], an error at the attribute.</summary>
    public class NotRefCountedTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task AcquiresOnATypeThatIsNotRefCounted() => Diagnose("""
    [{|RO0905:Acquires("nn")|}]
    public static void M(NfsdNet nn) { }
""");

        [Fact]
        public Task HoldsRefOnAPlainType() => Diagnose("""
    }

    public sealed class Box
    {
        [{|RO0905:HoldsRef|}] public NfsdNet Generic = null!;
""");

        [Fact]
        public Task GuardedByOnATypeThatIsNotRefCounted() => Diagnose("""
    }

    [{|RO0905:GuardedBy("Owner", Counter = "nfsd_net")|}]
    public sealed class Plain
    {
        public Net Owner = null!;
""");
    }
}
