using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.PutOrderAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0001: the object reference is put before the reference on its guarding namespace.</summary>
    public class PutOrderTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task PatchV2Order_ReportsAtObjectPut_WithGuardPutAsAdditionalLocation() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public static void NfsdFilePutLocal(ref NfsdFile? pnf)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;
            RcuReadLock();
            {|#1:NfsdNetPut(net)|};
            RcuReadUnlock();
            {|#0:NfsdFilePut(nf)|};
        }
    }
"""),
                Verify.Diagnostic("RO0001").WithLocation(0).WithLocation(1)
                    .WithArguments("NfsdNetPut(net)", "nfsd_net", "nf", "'NfsdFilePut(nf)' drops 'nf'", "to be freed"));

        [Fact]
        public Task UseOfObjectAfterGuardPut_IsReportedWithUseWording() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf)
    {
        RcuReadLock();
        {|#1:NfsdNetPut(nf.NfNet)|};
        RcuReadUnlock();
        {|#0:nf.Flags|} = 1;
    }
"""),
                Verify.Diagnostic("RO0001").WithLocation(0).WithLocation(1)
                    .WithArguments("NfsdNetPut(nf.NfNet)", "nfsd_net", "nf", "'nf.Flags' uses 'nf'", "in use"));

        [Fact]
        public Task GuardPutInOneBranch_ObjectPutAfterJoin() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, bool fast)
    {
        Net net = nf.NfNet;
        if (fast)
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }

        {|RO0001:NfsdFilePut(nf)|};
    }
""");

        [Fact]
        public Task InsideLoop() => Diagnose("""
    public static void M(List<NfsdFile> files)
    {
        foreach (var nf in files)
        {
            Net net = nf.NfNet;
            RcuReadLock();
            if (!NfsdNetTryGet(net)) { RcuReadUnlock(); continue; }
            NfsdNetPut(net);
            RcuReadUnlock();
            {|RO0001:NfsdFilePut(nf)|};
        }
    }
""");

        [Fact]
        public Task SwitchCaseThenPutAfterSwitch() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, int mode)
    {
        switch (mode)
        {
            case 0:
                break;
            case 1:
                RcuReadLock();
                NfsdNetPut(nf.NfNet);
                RcuReadUnlock();
                break;
            default:
                return;
        }

        {|RO0001:NfsdFilePut(nf)|};
    }
""");

        [Fact]
        public Task AfterEarlyReturn() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, bool skip)
    {
        if (skip)
        {
            return;
        }

        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        {|RO0001:NfsdFilePut(nf)|};
    }
""");

        [Fact]
        public Task ObjectPutInFinally() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf)
    {
        Net net = nf.NfNet;
        try
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }
        finally
        {
            {|RO0001:NfsdFilePut(nf)|};
        }
    }
""");

        [Fact]
        public Task ObjectPutInCatch_ReachedByExceptionAfterGuardPut() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf)
    {
        Net net = nf.NfNet;
        try
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            Touch(null);
        }
        catch (InvalidOperationException)
        {
            {|RO0001:NfsdFilePut(nf)|};
        }
    }
""");

        [Fact]
        public Task GuardPutInsideUsing() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf)
    {
        Net net = nf.NfNet;
        using (var scope = new Scope())
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }

        {|RO0001:NfsdFilePut(nf)|};
    }
""");

        [Fact]
        public Task AcrossGoto() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, bool early)
    {
        Net net = nf.NfNet;
        if (early)
        {
            goto put;
        }

        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
    put:
        {|RO0001:NfsdFilePut(nf)|};
    }
""");

        [Fact]
        public Task ObjectFromPatternMatch() => Diagnose("""
    public static void M([Live] object o)
    {
        if (o is NfsdFile nf && NfsdFileGet(nf) is NfsdFile held)
        {
            RcuReadLock();
            if (NfsdNetTryGet(held.NfNet))
            {
                NfsdNetPut(held.NfNet);
            }

            RcuReadUnlock();
            {|RO0001:NfsdFilePut(held)|};
        }
    }
""");

        [Fact]
        public Task ConditionalAccessUsesObject() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile? nf)
    {
        RcuReadLock();
        NfsdNetPut(nf!.NfNet);
        RcuReadUnlock();
        Touch({|RO0001:nf?.Next|});
    }
""");

        [Fact]
        public Task InsideLambda() => Diagnose("""
    public static Action<NfsdFile> Make() => (NfsdFile nf) =>
    {
        if (NfsdFileGet(nf) is not { } f) return;
        RcuReadLock();
        if (!NfsdNetTryGet(f.NfNet)) { RcuReadUnlock(); return; }
        NfsdNetPut(f.NfNet);
        RcuReadUnlock();
        {|RO0001:NfsdFilePut(f)|};
    };
""");

        [Fact]
        public Task InsideLocalFunction() => Diagnose("""
    public static void M(NfsdFile nf)
    {
        Put(nf);

        [Releases("f")]
        [Releases("f.NfNet", Counter = "nfsd_net")]
        static void Put(NfsdFile f)
        {
            RcuReadLock();
            NfsdNetPut(f.NfNet);
            RcuReadUnlock();
            {|RO0001:NfsdFilePut(f)|};
        }
    }
""");

        [Fact]
        public Task GuardKnownThroughAliasesContract() => Diagnose("""
    public static void M([Live] Net net)
    {
        RcuReadLock();
        if (!NfsdNetTryGet(net)) { RcuReadUnlock(); return; }
        RcuReadUnlock();
        var nf = NfsdFileAcquire(net);
        if (nf == null) return;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        {|RO0001:NfsdFilePut(nf)|};
    }
""");

        [Fact]
        public Task ObjectReturnedThroughOutParameter() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, out NfsdFile copy)
    {
        RcuReadLock();
        NfsdNetPut(nf.NfNet);
        RcuReadUnlock();
        copy = nf;
        {|RO0001:NfsdFilePut(copy)|};
    }
""");

        [Fact]
        public Task InWhileLoopWithBreak() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, int n)
    {
        Net net = nf.NfNet;
        while (n-- > 0)
        {
            if (n == 3)
            {
                RcuReadLock();
                NfsdNetPut(net);
                RcuReadUnlock();
                break;
            }
        }

        {|RO0001:NfsdFilePut(nf)|};
    }
""");

        // ---- valid ----

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
