using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.ContradictoryContractAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0904: annotations that contradict each other or their declaration, an error at the attribute.</summary>
    public class ContradictoryContractTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task AcquiresAndReleasesTheSameReference() => Diagnose("""
    [Acquires("nf")]
    [{|RO0904:Releases("nf")|}]
    public static void M(NfsdFile nf) { }
""");

        [Fact]
        public Task TryAcquiresOnAnIntMethod() => Diagnose("""
    [{|RO0904:TryAcquires("nf")|}]
    public static int M(NfsdFile nf) => 0;
""");

        [Fact]
        public Task LocksAndUnlocksTheSameLock() => Diagnose("""
    [{|RO0904:Locks("gc")|}]
    [Unlocks("gc")]
    public static void M() { }
""");

        [Fact]
        public Task RequiresAndTakesTheSameLock() => Diagnose("""
    [{|RO0904:RequiresLock("gc")|}]
    [Locks("gc")]
    public static void M() { }
""");

        [Fact]
        public Task CounterDeclaredTwice() => Diagnose("""
    }

    [{|RO0904:RefCounted("ref", "ref")|}]
    public sealed class Twice
    {
""");
    }
}
