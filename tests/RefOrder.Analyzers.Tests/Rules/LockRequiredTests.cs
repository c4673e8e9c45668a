using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.LockRequiredAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0005: a [RequiresLock] callee needs the lock held on every path to the call.</summary>
    public partial class LockRequiredTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task NetPutOutsideRcu_NamesTheLock() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [Releases("net", Counter = "nfsd_net")]
    public static void M(Net net) => {|#0:NfsdNetPut(net)|};
"""),
                Verify.Diagnostic("RO0005").WithLocation(0).WithArguments("NfsdNetPut(net)", "rcu", ""));

        [Fact]
        public Task HeldOnOneBranchOnly() => Diagnose("""
    public static void M(Net net, bool b)
    {
        if (b) RcuReadLock();
        {|RO0005:NfsdNetTryGet(net)|};
        if (b) RcuReadUnlock();
    }
""");

        [Fact]
        public Task AfterUnlock() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        RcuReadUnlock();
        {|RO0005:NfsdNetTryGet(net)|};
    }
""");

        [Fact]
        public Task InLoopAfterUnlockOnFirstIteration() => Diagnose("""
    public static void M(Net net, int n)
    {
        RcuReadLock();
        for (int i = 0; i < n; i++)
        {
            {|RO0005:NfsdNetTryGet(net)|};
            RcuReadUnlock();
        }
    }
""");

        [Fact]
        public Task InCatchAfterUnlock() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        try
        {
            RcuReadUnlock();
            Touch(null);
        }
        catch (Exception)
        {
            {|RO0005:NfsdNetTryGet(net)|};
        }
    }
""");

        [Fact]
        public Task InLambdaWithoutLock() => Diagnose("""
    public static Func<Net, bool> M() => n => {|RO0005:NfsdNetTryGet(n)|};
""");

        [Fact]
        public Task InLocalFunctionWithoutLock() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        Get(net);
        RcuReadUnlock();

        static bool Get(Net n) => {|RO0005:NfsdNetTryGet(n)|};
    }
""");

        [Fact]
        public Task WrongLock() => Diagnose("""
    public static void M(Net net)
    {
        GcLock();
        {|RO0005:NfsdNetTryGet(net)|};
        GcUnlock();
    }
""");

        [Fact]
        public Task RequiresLockCalleeFromSwitch() => Diagnose("""
    [RequiresLock("gc")]
    public static void Locked() { }

    public static void M(int k)
    {
        switch (k)
        {
            case 0: GcLock(); Locked(); GcUnlock(); break;
            default: {|RO0005:Locked()|}; break;
        }
    }
""");

        [Fact]
        public Task ThroughGotoPastTheLock() => Diagnose("""
    [RequiresLock("gc")]
    public static void Locked() { }

    public static void M(bool b)
    {
        if (b) goto call;
        GcLock();
    call:
        {|RO0005:Locked()|};
    }
""");

        [Fact]
        public Task ViaInterface() => Diagnose("""
    public interface IWalker
    {
        [RequiresLock("gc")] void Walk();
    }

    public static void M(IWalker w) => {|RO0005:w.Walk()|};
""");

        [Fact]
        public Task UnlockInUsingDispose() => Diagnose("""
    public sealed class Guard : IDisposable
    {
        [Unlocks("gc")] public void Dispose() => GcUnlock();
    }

    [RequiresLock("gc")]
    public static void Locked() { }

    public static void M()
    {
        GcLock();
        using (new Guard())
        {
            Locked();
        }

        {|RO0005:Locked()|};
    }
""");

        [Fact]
        public Task AfterTryFinallyThatUnlocks() => Diagnose("""
    [RequiresLock("gc")]
    public static void Locked() { }

    public static void M()
    {
        GcLock();
        try
        {
            Locked();
        }
        finally
        {
            GcUnlock();
        }

        {|RO0005:Locked()|};
    }
""");

        [Fact]
        public Task PatternGuardedCallWithoutLock() => Diagnose("""
    public static void M(object o)
    {
        if (o is Net n) {|RO0005:NfsdNetTryGet(n)|};
    }
""");

        [Fact]
        public Task ConditionalAccessCall() => Diagnose("""
    public sealed class Box
    {
        [RequiresLock("gc")] public void Poke() { }
    }

    public static void M(Box? b) => b?{|RO0005:.Poke()|};
""");

        // ---- valid ----

        [Fact]
        public Task Valid_InsideRcu() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        if (NfsdNetTryGet(net)) NfsdNetPut(net);
        RcuReadUnlock();
    }
""");

        [Fact]
        public Task Valid_RequiresLockOnCaller() => Diagnose("""
    [RequiresLock("rcu")]
    public static bool M(Net net) => NfsdNetTryGet(net);
""");

        [Fact]
        public Task Valid_LockOnEveryBranch() => Diagnose("""
    public static void M(Net net, bool b)
    {
        if (b) RcuReadLock(); else RcuReadLock();
        NfsdNetTryGet(net);
        RcuReadUnlock();
    }
""");

        [Fact]
        public Task Valid_LockHeldAcrossLoop() => Diagnose("""
    public static void M([Live] List<Net> nets)
    {
        RcuReadLock();
        foreach (var n in nets) NfsdNetTryGet(n);
        RcuReadUnlock();
    }
""");

        [Fact]
        public Task Valid_LockTakenInsideTry() => Diagnose("""
    [RequiresLock("gc")]
    public static void Locked() { }

    public static void M()
    {
        try
        {
            GcLock();
            Locked();
        }
        finally
        {
            GcUnlock();
        }
    }
""");

        [Fact]
        public Task Valid_LocksFromSwitchArms() => Diagnose("""
    [RequiresLock("gc")]
    public static void Locked() { }

    public static void M(int k)
    {
        switch (k)
        {
            case 0: GcLock(); break;
            default: GcLock(); break;
        }

        Locked();
        GcUnlock();
    }
""");

        [Fact]
        public Task Valid_LambdaWithOwnLock() => Diagnose("""
    public static Func<Net, bool> M() => n =>
    {
        RcuReadLock();
        bool ok = NfsdNetTryGet(n);
        RcuReadUnlock();
        return ok;
    };
""");

        [Fact]
        public Task Valid_LocalFunctionRequiresLock() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        Get(net);
        RcuReadUnlock();

        [RequiresLock("rcu")]
        static bool Get(Net n) => NfsdNetTryGet(n);
    }
""".Replace("        Get(net);", "        Get(net);"));

        [Fact]
        public Task Valid_UnannotatedCallsNeedNoLock() => Diagnose("""
    public static void M(Net net) => Touch(net);
""");

        [Fact]
        public Task Valid_LockedViaGoto() => Diagnose("""
    [RequiresLock("gc")]
    public static void Locked() { }

    public static void M(bool b)
    {
        GcLock();
        if (b) goto call;
        Touch(null);
    call:
        Locked();
        GcUnlock();
    }
""");
    }
}
