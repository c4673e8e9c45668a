using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.ReferenceLeakAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0008: a reference the method takes is put or handed on before every normal exit.</summary>
    public class ReferenceLeakTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task MissingPutOnTheErrorPath_AtTheReturnWithTheAcquire() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    public static int M([Live] Net net, bool fail)
    {
        {|#1:GetNet(net)|};
        if (fail)
        {
            {|#0:return -12;|}
        }

        PutNet(net);
        return 0;
    }
"""),
                Verify.Diagnostic("RO0008").WithLocation(0).WithLocation(1).WithArguments("'return -12;'", "net", "net", "GetNet(net)"));

        [Fact]
        public Task SuccessfulTryGetNeverPut() => Diagnose("""
    public static void M(Holder h)
    {
        var nf = NfsdFileGet(h.Borrowed);
        if (nf == null) return;
        Touch(nf.Flags);
    {|RO0008:}|}
""");

        [Fact]
        public Task LeakInALoopBody_ReportedAtTheExit() => Diagnose("""
    public static int M(List<NfsdFile> files)
    {
        foreach (var f in files)
        {
            var held = NfsdFileGet(f);
            if (held == null) continue;
            if (held.Flags == 0) {|RO0008:return 1;|}
            NfsdFilePut(held);
        }

        return 0;
    }
""");

        [Fact]
        public Task Valid_PutOnEveryPath() => Diagnose("""
    public static int M([Live] Net net, bool fail)
    {
        GetNet(net);
        if (fail) { PutNet(net); return -12; }
        PutNet(net);
        return 0;
    }
""");

        [Fact]
        public Task Valid_StoredIntoAHoldsRefMember() => Diagnose("""
    public static void M(Holder h, NfsdFile? candidate)
    {
        var nf = NfsdFileGet(candidate);
        if (nf == null) return;
        h.File = nf;
    }
""");

        [Fact]
        public Task Valid_AddedToAHoldsRefCollection() => Diagnose("""
    public static void M(Holder h, NfsdFile? candidate)
    {
        var nf = NfsdFileGet(candidate);
        if (nf != null) h.Files.Add(nf);
    }
""");

        [Fact]
        public Task Valid_ReturnedUnderTryAcquiresReturn() => Diagnose("""
    [TryAcquires("return")]
    public static NfsdFile? M(Holder h)
    {
        var nf = NfsdFileGet(h.Borrowed);
        if (nf == null) return null;
        Touch(nf.Flags);
        return nf;
    }
""");

        [Fact]
        public Task Valid_UntestedTryGetIsOnlyMaybeHeld() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        NfsdNetTryGet(net);
        RcuReadUnlock();
    }
""");
    }
}
