using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.ExitContractAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0007: the body keeps its own contract on every normal exit path.</summary>
    public class ExitContractTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task ReleasesForgottenOnAnEarlyReturn_AtTheReturnWithTheAttribute() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [Releases("nf")]
    [{|#1:Releases("nf.NfNet", Counter = "nfsd_net")|}]
    public static int M(NfsdFile nf, bool quick)
    {
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        if (quick)
        {
            {|#0:return 1;|}
        }

        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        return 0;
    }
"""),
                Verify.Diagnostic("RO0007").WithLocation(0).WithLocation(1)
                    .WithArguments("'return 1;'", "'nf.NfNet' is [Releases]: the caller's nfsd_net reference is handed over", "on this path it is neither put nor handed on"));

        [Fact]
        public Task AVoidReturnIsShownAtTheReturn() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, bool quick)
    {
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        if (quick) {|RO0007:return;|}
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
    }
""");

        /// <summary>
        /// Roslyn's graph has no node for a <c>return;</c>: a branch to the exit from an else, a block, a switch
        /// section or the statement after the last call is mapped back to the statement; a shape not recognised
        /// (a compound test) keeps the end of the method, never a wrong return.
        /// </summary>
        [Fact]
        public Task VoidReturnsInBlocksElsesAndSwitches_EachShownAtItsReturn() => Diagnose("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, bool quick, bool other, int kind)
    {
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        if (!quick)
        {
            Touch(net);
        }
        else
        {
            Touch(net);
            {|RO0007:return;|}
        }

        switch (kind)
        {
            case 1:
                Touch(nf);
                {|RO0007:return;|}
            case 2:
                Touch(net);
                {|RO0007:return;|}
        }

        if (quick && other) return;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
    {|RO0007:}|}
""");

        [Fact]
        public Task ReleasesNeverDone_AtTheEndOfTheMethod() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf, Holder h)
    {
        var g = NfsdFileGet(h.Borrowed);
        if (g != null) NfsdFilePut(g);
        Touch(nf.Flags);
    {|RO0007:}|}
""");

        [Fact]
        public Task AcquiresReturnWithoutTakingOne() => Diagnose("""
    [Acquires("return")]
    public static NfsdFile M(Holder h)
    {
        var nf = h.Borrowed;
        NfsdFilePut(h.File);
        {|RO0007:return nf;|}
    }
""");

        [Fact]
        public Task TryAcquiresReportingFailureWhileHolding() => Diagnose("""
    [TryAcquires("net", Counter = "nfsd_net")]
    [RequiresLock("rcu")]
    public static bool M(Net net, bool b)
    {
        if (!NfsdNetTryGet(net)) return false;
        if (b) {|RO0007:return false;|}
        return true;
    }
""");

        [Fact]
        public Task LockTakenAndKeptWithoutLocks() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        if (NfsdNetTryGet(net))
        {
            NfsdNetPut(net);
        }
    {|RO0007:}|}
""");

        [Fact]
        public Task Valid_EveryPathReleases_ThroughFinallyToo() => Diagnose("""
    [Releases("nf")]
    public static int M(NfsdFile nf, bool b)
    {
        try
        {
            if (b) return 1;
            Touch(nf.Flags);
            return 0;
        }
        finally
        {
            NfsdFilePut(nf);
        }
    }
""");

        [Fact]
        public Task Valid_TryAcquireResultHandedBackAsItIs() => Diagnose("""
    [TryAcquires("return")]
    public static NfsdFile? M(NfsdFile? nf) => NfsdFileGet(nf);
""");

        [Fact]
        public Task Valid_TryAcquiresSuccessAndFailure() => Diagnose("""
    [TryAcquires("net", Counter = "nfsd_net")]
    [RequiresLock("rcu")]
    public static bool M(Net net, bool b)
    {
        if (b) return false;
        if (!NfsdNetTryGet(net)) return false;
        return true;
    }
""");

        [Fact]
        public Task Valid_APrimitiveIsTrusted() => Diagnose("""
    [Releases("nf")]
    public static void Free(NfsdFile nf, Net net)
    {
        PutNet(net);
        nf.Flags = 0;
    }
""");

        [Fact]
        public Task Valid_LocksKeepsItsPromise() => Diagnose("""
    [Locks("rcu")]
    public static void Enter(Net net)
    {
        RcuReadLock();
        if (NfsdNetTryGet(net)) NfsdNetPut(net);
    }
""");

        [Fact]
        public Task ReleasesThroughAnExchangedRefParameter_ThePathThatSkipsTheNetPut() => Diagnose("""
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public static void M(ref NfsdFile? pnf, bool quick)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;
            NfsdFilePut(nf);
            if (quick) {|RO0007:return;|}
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }
    }
""");

        [Fact]
        public Task Valid_ThePathWhereTheExchangedPointerWasNull_HoldsNothing() => Diagnose("""
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public static void M(ref NfsdFile? pnf)
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
    }
}
