using RefOrder.Analyzers.Engine;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Engine.State;

namespace RefOrder.Analyzers.Tests.Engine
{
    /// <summary>
    /// The engine on its own, facts at marked test points independent of any rule. Reference counts, liveness and locks: try-acquires on their success edge, exchanges, guards, the entry state, [HoldsRef] and [LiveUnderLock].
    /// </summary>
    public class ReferenceFactsTests
    {
        [Fact]
        public void TryAcquire_TakesEffectOnlyOnTheSuccessEdge()
        {
            var result = EngineHarness.Run("""
    public static void M(Net net)
    {
        RcuReadLock();
        if (NfsdNetTryGet(net))
        {
            RefOrderProbe.At("success", net);
        }
        else
        {
            RefOrderProbe.At("failure", net);
        }

        RefOrderProbe.At("joined", net);
        RcuReadUnlock();
    }
""");
            Assert.Equal((1, 1), result.At("success").Value(0).HeldOf("nfsd_net"));
            Assert.Equal((0, 0), result.At("failure").Value(0).HeldOf("nfsd_net"));
            Assert.Equal((0, 1), result.At("joined").Value(0).HeldOf("nfsd_net"));
            Assert.True(result.At("success").Value(0).KnownLive);
            Assert.False(result.At("joined").Value(0).KnownLive);
        }

        [Fact]
        public void TryAcquire_ThroughLocalAndNegation()
        {
            var result = EngineHarness.Run("""
    public static void M(Net net)
    {
        RcuReadLock();
        bool ok = NfsdNetTryGet(net);
        RcuReadUnlock();
        if (!ok) return;
        RefOrderProbe.At("held", net);
    }
""");
            Assert.Equal((1, 1), result.At("held").Value(0).HeldOf("nfsd_net"));
        }

        [Fact]
        public void TryAcquireOfReturn_NonNullTestTakesEffect()
        {
            var result = EngineHarness.Run("""
    public static void M(NfsdFile f)
    {
        var nf = NfsdFileGet(f);
        if (nf is null) return;
        RefOrderProbe.At("held", nf);
    }
""");
            Assert.Equal((1, 1), result.At("held").Value(0).HeldOf("ref"));
        }

        [Fact]
        public void InterlockedExchange_TransfersIdentityAndHeldReferences()
        {
            var result = EngineHarness.Run("""
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public static void M(ref NfsdFile? pnf)
    {
        RefOrderProbe.At("entry", pnf, pnf!.NfNet);
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        RefOrderProbe.At("after", nf, nf!.NfNet, pnf);
    }
""");
            var entry = result.At("entry");
            var after = result.At("after");
            Assert.Equal(entry.Value(0).Value, after.Value(0).Value);
            Assert.Equal((1, 1), after.Value(0).HeldOf("ref"));
            Assert.Equal((1, 1), after.Value(1).HeldOf("nfsd_net"));
            Assert.NotEqual(after.Value(0).Value, after.Value(2).Value);
        }

        [Fact]
        public void Locks_AreAMustSetAtJoins()
        {
            var result = EngineHarness.Run("""
    public static void M(bool b)
    {
        GcLock();
        if (b) RcuReadLock();
        RefOrderProbe.At("p");
    }
""");
            var p = result.At("p");
            Assert.Contains("gc", p.Locks);
            Assert.DoesNotContain("rcu", p.Locks);
        }

        [Fact]
        public void LiveUnderLock_FollowsTheLock()
        {
            var result = EngineHarness.Run("""
    public static void M([Live] NfsdFile nf)
    {
        GcLock();
        Net n = nf.LockedNet;
        RefOrderProbe.At("locked", n);
        GcUnlock();
        RefOrderProbe.At("unlocked", n);
    }
""");
            Assert.True(result.At("locked").Value(0).KnownLive);
            Assert.False(result.At("unlocked").Value(0).KnownLive);
        }

        [Fact]
        public void HoldsRef_IsLiveOnlyThroughALiveHolder()
        {
            var result = EngineHarness.Run("""
    public static void M([Live] NfsdFile live, NfsdFile borrowed)
    {
        RefOrderProbe.At("p", live.PinnedNet, borrowed.PinnedNet, live.NfNet);
    }
""");
            var p = result.At("p");
            Assert.True(p.Value(0).KnownLive);
            Assert.False(p.Value(1).KnownLive);
            Assert.False(p.Value(2).KnownLive);
        }

        [Fact]
        public void Aliases_LinkTheReturnedObjectToItsGuard()
        {
            var result = EngineHarness.Run("""
    public static void M([Live] Net net)
    {
        var nf = NfsdFileAcquire(net);
        if (nf == null) return;
        RefOrderProbe.At("p", nf.NfNet, net, nf);
    }
""");
            var p = result.At("p");
            Assert.Equal(p.Value(1).Value, p.Value(0).Value);
            Assert.Equal((1, 1), p.Value(2).HeldOf("ref"));
        }

        [Fact]
        public void EntryState_FromTheMethodsOwnContract()
        {
            var result = EngineHarness.Run("""
    [Releases("nf")]
    [Acquires("other")]
    [RequiresLock("gc")]
    public static void M(NfsdFile nf, NfsdFile other, [Live] List<NfsdFile> files)
    {
        RefOrderProbe.At("entry", nf, other, files);
    }
""");
            var p = result.At("entry");
            Assert.Equal((1, 1), p.Value(0).HeldOf("ref"));
            Assert.True(p.Value(1).KnownLive);
            Assert.Equal((0, 0), p.Value(1).HeldOf("ref"));
            Assert.True(p.Value(2).Facts.ElementsLive);
            Assert.Contains("gc", p.Locks);
        }

        [Fact]
        public void Release_MarksGuardedObjectsOnlyWhenNoOtherGuardReferenceIsHeld()
        {
            var result = EngineHarness.Run("""
    public static void M([Live] Net net, NfsdFile nf)
    {
        nf.NfNet = net;
        RcuReadLock();
        if (!NfsdNetTryGet(net)) { RcuReadUnlock(); return; }
        if (!NfsdNetTryGet(net)) { NfsdNetPut(net); RcuReadUnlock(); return; }
        NfsdNetPut(net);
        RefOrderProbe.At("one-left", nf);
        NfsdNetPut(net);
        RefOrderProbe.At("none-left", nf);
        RcuReadUnlock();
    }
""");
            Assert.Null(result.At("one-left").Value(0).Facts.GuardGoneAt);
            Assert.NotNull(result.At("none-left").Value(0).Facts.GuardGoneAt);
        }
    }
}
