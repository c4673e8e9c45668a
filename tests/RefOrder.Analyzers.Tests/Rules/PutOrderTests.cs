using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.PutOrderAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0001: the object reference is put before the reference on its guarding namespace.</summary>
    public partial class PutOrderTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task PatchV2Order_ReportsAtGuardPut_WithObjectPutAsAdditionalLocation() =>
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
            {|#0:NfsdNetPut(net)|};
            RcuReadUnlock();
            {|#1:NfsdFilePut(nf)|};
        }
    }
"""),
                Verify.Diagnostic("RO0001").WithLocation(0).WithLocation(1)
                    .WithArguments("NfsdNetPut(net)", "nfsd_net", "nf", "'NfsdFilePut(nf)' drops 'nf'", "to be freed"));

        [Fact]
        public Task UseOfObjectAfterGuardPut_IsReportedAtGuardPutWithUseWording() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf)
    {
        RcuReadLock();
        {|#0:NfsdNetPut(nf.NfNet)|};
        RcuReadUnlock();
        {|#1:nf.Flags|} = 1;
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
            {|RO0001:NfsdNetPut(net)|};
            RcuReadUnlock();
        }

        NfsdFilePut(nf);
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
            {|RO0001:NfsdNetPut(net)|};
            RcuReadUnlock();
            NfsdFilePut(nf);
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
                {|RO0001:NfsdNetPut(nf.NfNet)|};
                RcuReadUnlock();
                break;
            default:
                return;
        }

        NfsdFilePut(nf);
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
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        NfsdFilePut(nf);
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
            {|RO0001:NfsdNetPut(net)|};
            RcuReadUnlock();
        }
        finally
        {
            NfsdFilePut(nf);
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
            {|RO0001:NfsdNetPut(net)|};
            RcuReadUnlock();
            Touch(null);
        }
        catch (InvalidOperationException)
        {
            NfsdFilePut(nf);
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
            {|RO0001:NfsdNetPut(net)|};
            RcuReadUnlock();
        }

        NfsdFilePut(nf);
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
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
    put:
        NfsdFilePut(nf);
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
                {|RO0001:NfsdNetPut(held.NfNet)|};
            }

            RcuReadUnlock();
            NfsdFilePut(held);
        }
    }
""");

        [Fact]
        public Task ConditionalAccessUsesObject_TheWholeAccessIsTheAdditionalLocation() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile? nf)
    {
        RcuReadLock();
        {|#0:NfsdNetPut(nf!.NfNet)|};
        RcuReadUnlock();
        Touch({|#1:nf?.Next|});
    }
"""),
                Verify.Diagnostic("RO0001").WithLocation(0).WithLocation(1)
                    .WithArguments("NfsdNetPut(nf!.NfNet)", "nfsd_net", "nf", "'nf?.Next' uses 'nf'", "in use"));

        [Fact]
        public Task OneDiagnosticPerGuardPut_AccessesOnEitherBranchAreItsAdditionalLocations() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, bool last)
    {
        Net net = nf.NfNet;
        RcuReadLock();
        {|#0:NfsdNetPut(net)|};
        RcuReadUnlock();
        if (last)
        {
            {|#1:NfsdFilePut(nf)|};
        }
        else
        {
            Touch({|#2:nf.Next|});
            NfsdFilePut(nf);
        }
    }
"""),
                Verify.Diagnostic("RO0001").WithLocation(0).WithLocation(1).WithLocation(2)
                    .WithArguments("NfsdNetPut(net)", "nfsd_net", "nf", "'NfsdFilePut(nf)' drops 'nf'", "to be freed"));

        [Fact]
        public Task InsideLambda() => Diagnose("""
    public static Action<NfsdFile> Make() => (NfsdFile nf) =>
    {
        if (NfsdFileGet(nf) is not { } f) return;
        RcuReadLock();
        if (!NfsdNetTryGet(f.NfNet)) { RcuReadUnlock(); return; }
        {|RO0001:NfsdNetPut(f.NfNet)|};
        RcuReadUnlock();
        NfsdFilePut(f);
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
            {|RO0001:NfsdNetPut(f.NfNet)|};
            RcuReadUnlock();
            NfsdFilePut(f);
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
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task ObjectReturnedThroughOutParameter() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, out NfsdFile copy)
    {
        RcuReadLock();
        {|RO0001:NfsdNetPut(nf.NfNet)|};
        RcuReadUnlock();
        copy = nf;
        NfsdFilePut(copy);
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
                {|RO0001:NfsdNetPut(net)|};
                RcuReadUnlock();
                break;
            }
        }

        NfsdFilePut(nf);
    }
""");
    }
}
