using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.UnknownCounterAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0902: a counter the type does not declare, or none named where several exist, an error at the attribute.</summary>
    public class UnknownCounterTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task CounterNotDeclared_ListsTheDeclaredOnes() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [{|#0:Acquires("net", Counter = "nfsd")|}]
    public static void M(Net net) { }
"""),
                Verify.Diagnostic("RO0902").WithLocation(0).WithArguments("Acquires", "names counter 'nfsd', which 'Net' does not declare (declared: net, nfsd_net)"));

        [Fact]
        public Task CounterOmittedWhereSeveralExist() => Diagnose("""
    [{|RO0902:Releases("net")|}]
    public static void M(Net net) { }
""");

        [Fact]
        public Task HoldsRefCounterNotDeclared() => Diagnose("""
    }

    public sealed class Box
    {
        [{|RO0902:HoldsRef(Counter = "pin")|}] public NfsdFile File = null!;
""");

        [Fact]
        public Task GuardedByCounterAmbiguous() => Diagnose("""
    }

    [RefCounted]
    [{|RO0902:GuardedBy("Owner")|}]
    public sealed class Child
    {
        public Net Owner = null!;
""");
    }
}
