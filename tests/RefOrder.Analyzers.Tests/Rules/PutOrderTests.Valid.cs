using System.Threading.Tasks;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0001 stays silent: the reviewed order, another guard reference still held, and unrelated puts.</summary>
    public partial class PutOrderTests
    {
        [Fact]
        public Task Valid_ReviewedOrder() => Diagnose("""
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public static void NfsdFilePutLocal(ref NfsdFile? pnf)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;
            NfsdFilePut(nf);
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }
    }
""");

        [Fact]
        public Task Valid_RaceLoserHoldsAnotherGuardReference() => Diagnose("""
    public static NfsdFile? OpenLocal([Live] Net net, ref NfsdFile? pnf)
    {
        RcuReadLock();
        if (!NfsdNetTryGet(net)) { RcuReadUnlock(); return null; }
        RcuReadUnlock();
        var localio = NfsdFileAcquire(net);
        if (localio == null) { RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); return null; }
        RcuReadLock();
        bool second = NfsdNetTryGet(net);
        RcuReadUnlock();
        if (second)
        {
            var copy = NfsdFileGet(localio);
            if (copy != null && Interlocked.CompareExchange(ref pnf, copy, null) != null)
            {
                NfsdFilePut(copy);
                RcuReadLock();
                NfsdNetPut(net);
                RcuReadUnlock();
                NfsdFilePut(localio);
                return null;
            }
        }

        return localio;
    }
""");

        [Fact]
        public Task Valid_GuardPutOnOtherBranchOnly() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, bool a)
    {
        Net net = nf.NfNet;
        if (a)
        {
            NfsdFilePut(nf);
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }
        else
        {
            NfsdFilePut(nf);
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }
    }
""");

        [Fact]
        public Task Valid_ValueCopiedOutBeforeGuardPut() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static int M(NfsdFile nf)
    {
        int flags = nf.Flags;
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        return flags;
    }
""");

        [Fact]
        public Task Valid_UnrelatedNamespacePut() => Diagnose("""
    [Releases("nf")]
    [Releases("other", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, Net other)
    {
        RcuReadLock();
        NfsdNetPut(other);
        RcuReadUnlock();
        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task Valid_OtherCounterOfTheGuard() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "net")]
    public static void M(NfsdFile nf)
    {
        PutNet(nf.NfNet);
        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task Valid_CorrectOrderInFinally() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf)
    {
        Net net = nf.NfNet;
        try
        {
            Touch(nf);
            NfsdFilePut(nf);
        }
        finally
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }
    }
""");

        [Fact]
        public Task Valid_CorrectOrderInLoop() => Diagnose("""
    public static void M([Live] List<NfsdFile> files)
    {
        for (int i = 0; i < files.Count; i++)
        {
            var nf = NfsdFileGet(files[i]);
            if (nf == null) continue;
            Net net = nf.NfNet;
            RcuReadLock();
            bool ok = NfsdNetTryGet(net);
            RcuReadUnlock();
            NfsdFilePut(nf);
            if (ok) { RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); }
        }
    }
""");

        [Fact]
        public Task Valid_SwitchWithCorrectOrderPerCase() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, int mode)
    {
        Net net = nf.NfNet;
        switch (mode)
        {
            case 0:
                NfsdFilePut(nf);
                break;
            default:
                Touch(nf);
                NfsdFilePut(nf);
                break;
        }

        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
    }
""");

        [Fact]
        public Task Valid_ObjectVariableReassignedAfterGuardPut() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf)
    {
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        nf = new NfsdFile();
        Touch(nf.Next);
    }
""");

        [Fact]
        public Task Valid_LambdaWithReviewedOrder() => Diagnose("""
    public static Action<NfsdFile> Make() => (NfsdFile nf) =>
    {
        if (NfsdFileGet(nf) is not { } f) return;
        Net net = f.NfNet;
        RcuReadLock();
        bool held = NfsdNetTryGet(net);
        RcuReadUnlock();
        NfsdFilePut(f);
        if (held) { RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); }
    };
""");
    }
}
