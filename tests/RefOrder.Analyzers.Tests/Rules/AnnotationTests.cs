using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.AnnotationAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0901–RO0905: wrong or contradictory annotations are errors at the attribute.</summary>
    public class AnnotationTests
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

        // ---- valid ----

        [Fact]
        public Task Valid_ThePreludesVocabulary() => Diagnose("""
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public static void PutLocal(ref NfsdFile? pnf) { }
""");

        [Fact]
        public Task Valid_SingleCounterMayBeOmitted() => Diagnose("""
    [Acquires("nf")]
    public static void M(NfsdFile nf) { }
""");

        [Fact]
        public Task Valid_TryAcquiresReturningBool() => Diagnose("""
    [TryAcquires("net", Counter = "nfsd_net")]
    public static bool M(Net net) => true;
""");

        [Fact]
        public Task Valid_TryAcquiresReturningTheObject() => Diagnose("""
    [TryAcquires("return")]
    public static NfsdFile? M() => null;
""");

        [Fact]
        public Task Valid_ThisOnInstanceMethod() => Diagnose("""
    }

    [RefCounted]
    public sealed class Self
    {
        [Acquires("this")] public void Get() { }
        [Releases("this")] public void Put() { }
""");

        [Fact]
        public Task Valid_AliasesBetweenReturnAndParameter() => Diagnose("""
    [Aliases("return.NfNet", "net")]
    public static NfsdFile M(Net net) => new NfsdFile();
""");

        [Fact]
        public Task Valid_LockAnnotations() => Diagnose("""
    [Locks("gc")] public static void L() { }
    [Unlocks("gc")] public static void U() { }
    [RequiresLock("gc")] public static void R() { }
""");

        [Fact]
        public Task Valid_HoldsRefOnACollectionOfRefCountedElements() => Diagnose("""
    }

    public sealed class Bag
    {
        [HoldsRef] public List<NfsdFile> Files = new List<NfsdFile>();
""");

        [Fact]
        public Task Valid_AssumeWithLiteralReason() => Diagnose("""
    public static void M(NfsdFile nf)
    {
        Liveness.Assume(nf, "R4: every file on a per-net dispose list belongs to that net");
    }
""");

        [Fact]
        public Task Valid_AnnotationsOnInterfaceMembers() => Diagnose("""
    }

    public interface IOps
    {
        [Releases("nf")] void Put(NfsdFile nf);
        [TryAcquires("net", Counter = "nfsd_net")] bool TryGet(Net net);
""");
    }
}
