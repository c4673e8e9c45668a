using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.LivenessRequiredAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0004: arguments to [Live] parameters must be known live (the pre-patch net_generic(nf->nf_net, …)).</summary>
    public class LivenessRequiredTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task MainlineDisposeListDelayed_PointsAtTheBorrowedMember() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    public static void DisposeListDelayed([Live] List<NfsdFile> dispose)
    {
        while (dispose.Count > 0)
        {
            NfsdFile nf = dispose[0];
            dispose.RemoveAt(0);
            NfsdNet nn = NetGeneric({|#0:nf.NfNet|}, 7);
            nn.Users++;
        }
    }
"""),
                Verify.Diagnostic("RO0004").WithLocation(0).WithLocation("Prelude.cs", 19, 16).WithArguments("nf.NfNet", "net", "NetGeneric"));

        [Fact]
        public Task PlainParameter() => Diagnose("""
    public static void M(Net net) => NetGeneric({|RO0004:net|}, 1);
""");

        [Fact]
        public Task UnannotatedCallResult() => Diagnose("""
    public static void M() => NetGeneric({|RO0004:FindNet(3)|}!, 1);
""");

        [Fact]
        public Task LiveOnOneBranchOnly() => Diagnose("""
    public static void M([Live] Net a, Net b, bool c)
    {
        Net n = a;
        if (c) n = b;
        NetGeneric({|RO0004:n|}, 1);
    }
""");

        [Fact]
        public Task AfterTheHeldReferenceIsDropped() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        if (!NfsdNetTryGet(net)) { RcuReadUnlock(); return; }
        NfsdNetPut(net);
        RcuReadUnlock();
        NetGeneric({|RO0004:net|}, 1);
    }
""".Replace("{|RO0004:net|}", "net"));

        [Fact]
        public Task TryAcquireNotTested() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        NfsdNetTryGet(net);
        RcuReadUnlock();
        NetGeneric({|RO0004:net|}, 1);
    }
""");

        [Fact]
        public Task TryAcquireFailureBranch() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        if (!NfsdNetTryGet(net))
        {
            RcuReadUnlock();
            NetGeneric({|RO0004:net|}, 1);
            return;
        }

        RcuReadUnlock();
    }
""");

        [Fact]
        public Task InLoopAfterReassignmentFromField() => Diagnose("""
    public static void M([Live] NfsdFile first)
    {
        NfsdFile? nf = first;
        while (nf != null)
        {
            NetGeneric({|RO0004:nf.NfNet|}, 1);
            nf = nf.Next;
        }
    }
""");

        [Fact]
        public Task InSwitchExpressionArm() => Diagnose("""
    public static NfsdNet M([Live] Net a, Net b, int k) => k switch
    {
        0 => NetGeneric(a, 1),
        _ => NetGeneric({|RO0004:b|}, 1),
    };
""");

        [Fact]
        public Task UnderLockThenAfterUnlock() => Diagnose("""
    public static void M([Live] NfsdFile nf)
    {
        GcLock();
        Net n = nf.LockedNet;
        NetGeneric(n, 1);
        GcUnlock();
        NetGeneric({|RO0004:n|}, 2);
    }
""");

        [Fact]
        public Task InCatchAfterReferenceDropped() => Diagnose("""
    [Releases("net", Counter = "net")]
    public static void M(Net net)
    {
        try
        {
            NetGeneric(net, 1);
            PutNet(net);
            Touch(null);
        }
        catch (Exception)
        {
            NetGeneric({|RO0004:net|}, 2);
        }
    }
""".Replace("{|RO0004:net|}", "net"));

        [Fact]
        public Task AfterUsingEndsTheHold() => Diagnose("""
    public static void M(NfsdFile nf)
    {
        using (new Scope())
        {
        }

        NetGeneric({|RO0004:nf.NfNet|}, 1);
    }
""");

        [Fact]
        public Task ThroughGoto() => Diagnose("""
    public static void M([Live] Net a, Net b, bool c)
    {
        Net n = a;
        if (!c) goto use;
        n = b;
    use:
        NetGeneric({|RO0004:n|}, 1);
    }
""");

        [Fact]
        public Task PatternVariable() => Diagnose("""
    public static void M(object o)
    {
        if (o is Net n) NetGeneric({|RO0004:n|}, 1);
    }
""");

        [Fact]
        public Task ConditionalAccessResult() => Diagnose("""
    public static void M([Live] NfsdFile? nf)
    {
        var net = nf?.NfNet;
        if (net != null) NetGeneric({|RO0004:net|}, 1);
    }
""");

        [Fact]
        public Task InLambda() => Diagnose("""
    public static Func<Net, NfsdNet> M() => n => NetGeneric({|RO0004:n|}, 1);
""");

        [Fact]
        public Task InLocalFunction() => Diagnose("""
    public static void M([Live] Net net)
    {
        Use(net);

        static void Use(Net n) => NetGeneric({|RO0004:n|}, 1);
    }
""");

        [Fact]
        public Task RefArgumentReassignedByCallee() => Diagnose("""
    public static void Swap(ref Net n) { }

    public static void M([Live] Net net)
    {
        Net n = net;
        Swap(ref n);
        NetGeneric({|RO0004:n|}, 1);
    }
""");

        [Fact]
        public Task ThroughInterfaceContract() => Diagnose("""
    public interface IOps
    {
        NfsdNet Generic([Live] Net net);
    }

    public static void M(IOps ops, Net net) => ops.Generic({|RO0004:net|});
""");

        [Fact]
        public Task ThroughDelegateContract() => Diagnose("""
    public delegate NfsdNet Generic([Live] Net net);

    public static void M(Generic g, Net net) => g({|RO0004:net|});
""");

        // ---- valid ----

        [Fact]
        public Task Valid_HeldAfterSuccessfulTryAcquire() => Diagnose("""
    public static void M(Net net)
    {
        RcuReadLock();
        if (!NfsdNetTryGet(net)) { RcuReadUnlock(); return; }
        RcuReadUnlock();
        NetGeneric(net, 1);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
    }
""");

        [Fact]
        public Task Valid_ReviewedDisposeWithPinnedNet() => Diagnose("""
    public static void M([Live] List<NfsdFile> dispose)
    {
        while (dispose.Count > 0)
        {
            NfsdFile nf = dispose[0];
            dispose.RemoveAt(0);
            NetGeneric(nf.PinnedNet, 7);
        }
    }
""");

        [Fact]
        public Task Valid_LockBarrierDispose() => Diagnose("""
    [RequiresLock("gc")]
    public static void M([Live] List<NfsdFile> dispose)
    {
        foreach (var nf in dispose)
        {
            NetGeneric(nf.LockedNet, 7);
        }
    }
""");

        [Fact]
        public Task Valid_ThisAndNew() => Diagnose("""
    public static void M()
    {
        var net = new Net();
        NetGeneric(net, 1);
    }
""");

        [Fact]
        public Task Valid_LiveParameterPassedOn() => Diagnose("""
    public static void M([Live] Net net) => NetGeneric(net, 1);
""");

        [Fact]
        public Task Valid_AssumedWithReason() => Diagnose("""
    public static void M(NfsdFile nf)
    {
        Liveness.Assume(nf.NfNet, "R4: a file being freed was reachable by purge or by the per-net drain");
        NetGeneric(nf.NfNet, 1);
    }
""");

        [Fact]
        public Task Valid_LiveOnEveryBranch() => Diagnose("""
    public static void M([Live] Net a, [Live] Net b, int k)
    {
        Net n;
        switch (k)
        {
            case 0: n = a; break;
            default: n = b; break;
        }

        NetGeneric(n, 1);
    }
""");

        [Fact]
        public Task Valid_HoldsRefCollectionElements() => Diagnose("""
    public static void M([Live] Holder h)
    {
        foreach (var f in h.Files)
        {
            NetGeneric(f.PinnedNet, 1);
        }
    }
""");

        [Fact]
        public Task Valid_NonLiveParameterIsNotChecked() => Diagnose("""
    public static void M(Net net) => Touch(net);
""");

        [Fact]
        public Task Valid_GetNetPinsBeforeUse() => Diagnose("""
    public static void M([Live] NfsdFile nf)
    {
        Liveness.Assume(nf.NfNet, "test: pinned at a site the analysis cannot see");
        GetNet(nf.NfNet);
        NetGeneric(nf.NfNet, 1);
        PutNet(nf.NfNet);
    }
""");
    }
}
