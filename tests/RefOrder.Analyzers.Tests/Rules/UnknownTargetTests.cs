using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.UnknownTargetAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0901: an annotation target, member or lock name that names nothing, an error at the attribute.</summary>
    public class UnknownTargetTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task TargetNamesNoParameter_SaysWhat() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [{|#0:Releases("file")|}]
    public static void M(NfsdFile nf) { }
"""),
                Verify.Diagnostic("RO0901").WithLocation(0).WithArguments("Releases", "file", "not a parameter of 'M'"));

        [Fact]
        public Task MemberPathNamesNoMember() => Diagnose("""
    [{|RO0901:Releases("nf.Net", Counter = "nfsd_net")|}]
    public static void M(NfsdFile nf) { }
""");

        [Fact]
        public Task ThisOnStaticMethod() => Diagnose("""
    [{|RO0901:Acquires("this")|}]
    public static void M() { }
""");

        [Fact]
        public Task ReturnOfVoidMethod() => Diagnose("""
    [{|RO0901:TryAcquires("return")|}]
    public static void M() { }
""");

        [Fact]
        public Task ReleasingTheReturnValue() => Diagnose("""
    [{|RO0901:Releases("return")|}]
    public static NfsdFile M() => new NfsdFile();
""");

        [Fact]
        public Task AliasesPathNamesNothing() => Diagnose("""
    [{|RO0901:Aliases("return.NfNet", "network")|}]
    public static NfsdFile M(Net net) => new NfsdFile();
""");

        [Fact]
        public Task EmptyLockName() => Diagnose("""
    [{|RO0901:Locks("")|}]
    public static void M() { }
""");

        [Fact]
        public Task GuardedByMemberNamesNothing() => Diagnose("""
    }

    [RefCounted]
    [{|RO0901:GuardedBy("Owner")|}]
    public sealed class Orphan
    {
""");
    }
}
