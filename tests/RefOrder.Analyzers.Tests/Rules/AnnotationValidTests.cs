using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>Correct annotations: every RefOrder analyzer stays silent on them.</summary>
    public class AnnotationValidTests
    {
        private static Task Diagnose(string members) => AllAnalyzersVerifier.VerifyAsync(Snippet.Class(members));

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
