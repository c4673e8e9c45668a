using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.PinPlacementAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0002: an [Acquires] call needs its target known live; the message points at a liveness site.</summary>
    public class PinPlacementTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task PatchV2Pin_PointsAtTheAllocationSite() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    public static NfsdFile Alloc([Live] Net net)
    {
        var nf = new NfsdFile();
        {|#1:nf.NfNet = net|};
        return nf;
    }

    public static void DisposeListDelayed([Live] List<NfsdFile> dispose)
    {
        while (dispose.Count > 0)
        {
            NfsdFile nf = dispose[0];
            dispose.RemoveAt(0);
            {|#0:GetNet(nf.NfNet)|};
            nf.Flags |= 1;
            Touch(NetGeneric(nf.NfNet, 1));
        }
    }
"""),
                Verify.Diagnostic("RO0002").WithLocation(0).WithLocation(1).WithArguments(
                    "GetNet(nf.NfNet)", "net", "nf.NfNet",
                    "; take it where liveness is guaranteed: 'nf.NfNet = net' in 'Alloc' sets 'NfNet' from a value known live"));

        [Fact]
        public Task NoLivenessSite_MessageHasNoHint() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    public static void M(NfsdFile nf)
    {
        {|#0:GetNet(nf.NfNet)|};
    }
"""),
                Verify.Diagnostic("RO0002").WithLocation(0).WithArguments("GetNet(nf.NfNet)", "net", "nf.NfNet", ""));

        [Fact]
        public Task ValueFromUnannotatedCall() => Diagnose("""
    public static void M()
    {
        var net = FindNet(1);
        if (net != null) {|RO0002:GetNet(net)|};
    }
""");

        [Fact]
        public Task ValueFromPlainCollection() => Diagnose("""
    public static void M(List<NfsdFile> files)
    {
        {|RO0002:NfsdFileGetLive(files[0])|};
    }
""");

        [Fact]
        public Task AfterTheLastReferenceWasDroppedInOneBranch() => Diagnose("""
    [Releases("net", Counter = "net")]
    public static void M(Net net, NfsdFile nf, bool b)
    {
        Net n = net;
        if (b) n = nf.NfNet;
        {|RO0002:GetNet(n)|};
        PutNet(net);
    }
""");

        [Fact]
        public Task Valid_ReacquireAfterPutIsUseAfterPutNotPinPlacement() => Diagnose("""
    [Releases("net", Counter = "net")]
    public static void M(Net net)
    {
        PutNet(net);
        GetNet(net);
    }
""");

        [Fact]
        public Task OnOnePathOnly() => Diagnose("""
    public static void M([Live] Net live, Net other, bool b)
    {
        Net n = b ? live : other;
        {|RO0002:GetNet(n)|};
    }
""");

        [Fact]
        public Task InLoopAfterReassignment() => Diagnose("""
    public static void M([Live] Net net, List<Net> more)
    {
        Net n = net;
        for (int i = 0; i < more.Count; i++)
        {
            {|RO0002:GetNet(n)|};
            n = more[i];
        }
    }
""");

        [Fact]
        public Task InSwitchArm() => Diagnose("""
    public static void M([Live] Net net, NfsdFile nf, int k)
    {
        switch (k)
        {
            case 1:
                GetNet(net);
                break;
            case 2:
                {|RO0002:GetNet(nf.NfNet)|};
                break;
        }
    }
""");

        [Fact]
        public Task InCatchAfterPut() => Diagnose("""
    [Acquires("nf")]
    public static void M(NfsdFile nf)
    {
        try
        {
            NfsdFilePut(nf);
            Touch(null);
        }
        catch (Exception)
        {
            {|RO0002:GetNet(nf.NfNet)|};
        }
    }
""");

        [Fact]
        public Task UnderUsingFromBorrowedField() => Diagnose("""
    public static void M([Live] Holder h)
    {
        using (new Scope())
        {
            {|RO0002:NfsdFileGetLive(h.Borrowed)|};
        }
    }
""");

        [Fact]
        public Task LockedMemberAfterUnlock() => Diagnose("""
    public static void M([Live] NfsdFile nf)
    {
        GcLock();
        Net n = nf.LockedNet;
        GcUnlock();
        {|RO0002:GetNet(n)|};
    }
""");

        [Fact]
        public Task ViaGoto() => Diagnose("""
    public static void M([Live] Net net, NfsdFile nf, bool b)
    {
        Net n = net;
        if (b) goto other;
        GetNet(n);
        return;
    other:
        n = nf.NfNet;
        {|RO0002:GetNet(n)|};
    }
""");

        [Fact]
        public Task PatternDeclaredFromUnknown() => Diagnose("""
    public static void M(object o)
    {
        if (o is Net n)
        {
            {|RO0002:GetNet(n)|};
        }
    }
""");

        [Fact]
        public Task ThroughConditionalAccess() => Diagnose("""
    public static void M([Live] Holder? h)
    {
        var nf = h?.Borrowed;
        if (nf != null) {|RO0002:NfsdFileGetLive(nf)|};
    }
""");

        [Fact]
        public Task InsideLambdaOverCapturedValue() => Diagnose("""
    public static Action M([Live] Net net) => () => {|RO0002:GetNet(net)|};
""");

        [Fact]
        public Task InsideLocalFunction() => Diagnose("""
    public static void M(NfsdFile nf)
    {
        Pin(nf);

        static void Pin(NfsdFile f) => {|RO0002:GetNet(f.NfNet)|};
    }
""");

        [Fact]
        public Task ExchangedOutValueIsNotLive() => Diagnose("""
    public static void M(ref Net? slot)
    {
        var n = Interlocked.Exchange(ref slot, null);
        if (n != null) {|RO0002:GetNet(n)|};
    }
""");

        [Fact]
        public Task OutArgumentIsUnknownAfterTheCall() => Diagnose("""
    public static bool TryFind(out Net n) { n = new Net(); return true; }

    public static void M([Live] Net net)
    {
        Net n = net;
        if (TryFind(out n)) {|RO0002:GetNet(n)|};
    }
""");

        // ---- valid ----

        [Fact]
        public Task Valid_LiveParameter() => Diagnose("""
    public static void M([Live] Net net) => GetNet(net);
""");

        [Fact]
        public Task Valid_ReviewedPinAtAllocation() => Diagnose("""
    public static NfsdFile Alloc([Live] Net net)
    {
        var nf = new NfsdFile();
        GetNet(net);
        nf.PinnedNet = net;
        return nf;
    }
""");

        [Fact]
        public Task Valid_HoldsRefMemberOfLiveObject() => Diagnose("""
    public static void M([Live] NfsdFile nf) => GetNet(nf.PinnedNet);
""");

        [Fact]
        public Task Valid_ElementOfLiveCollection() => Diagnose("""
    public static void M([Live] List<NfsdFile> files)
    {
        foreach (var nf in files)
        {
            NfsdFileGetLive(nf);
        }

        NfsdFileGetLive(files[0]);
        NfsdFileGetLive(files.First());
    }
""");

        [Fact]
        public Task Valid_UnderTheLock() => Diagnose("""
    public static void M([Live] NfsdFile nf)
    {
        GcLock();
        GetNet(nf.LockedNet);
        GcUnlock();
    }
""");

        [Fact]
        public Task Valid_AfterSuccessfulTryAcquire() => Diagnose("""
    public static void M(NfsdFile? maybe)
    {
        var nf = NfsdFileGet(maybe);
        if (nf == null) return;
        NfsdFileGetLive(nf);
    }
""");

        [Fact]
        public Task Valid_BoolTryAcquireTestedThroughLocal() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        bool ok = NfsdNetTryGet(net);
        RcuReadUnlock();
        if (ok) GetNet(net);
    }
""");

        [Fact]
        public Task Valid_NewObject() => Diagnose("""
    public static void M()
    {
        var nf = new NfsdFile();
        NfsdFileGetLive(nf);
    }
""");

        [Fact]
        public Task Valid_Assumed() => Diagnose("""
    public static void M(NfsdFile nf)
    {
        Liveness.Assume(nf.NfNet, "R4: every file on a per-net list belongs to that net");
        GetNet(nf.NfNet);
    }
""");

        [Fact]
        public Task Valid_HandedOverTarget() => Diagnose("""
    [Releases("net", Counter = "net")]
    public static void M(Net net)
    {
        GetNet(net);
        PutNet(net);
        PutNet(net);
    }
""");

        [Fact]
        public Task Valid_LiveOnBothBranches() => Diagnose("""
    public static void M([Live] Net a, [Live] Net b, bool c)
    {
        Net n = c ? a : b;
        GetNet(n);
    }
""");

        [Fact]
        public Task Valid_VouchedTargetOfOwnAcquire() => Diagnose("""
    [Acquires("nf")]
    public static void M(NfsdFile nf) => NfsdFileGetLive(nf);
""");
    }
}
