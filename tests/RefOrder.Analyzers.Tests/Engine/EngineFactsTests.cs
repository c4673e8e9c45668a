using RefOrder.Analyzers.Engine;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Engine.State;

namespace RefOrder.Analyzers.Tests.Engine
{
    /// <summary>
    /// The engine on its own: facts at marked test points, independent of any rule. Each test names the engine
    /// behaviour it pins down.
    /// </summary>
    public class EngineFactsTests
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
        public void AccessPath_SameMemberReadTwiceIsOneValue_CopyKeepsIdentity()
        {
            var result = EngineHarness.Run("""
    public static void M(NfsdFile nf)
    {
        Net net = nf.NfNet;
        RefOrderProbe.At("p", nf.NfNet, net, nf.NfNet);
    }
""");
            var p = result.At("p");
            Assert.Equal(p.Value(0).Value, p.Value(1).Value);
            Assert.Equal(p.Value(0).Value, p.Value(2).Value);
        }

        [Fact]
        public void AccessPath_ReassigningThePrefixBreaksIdentity()
        {
            var result = EngineHarness.Run("""
    public static void M(NfsdFile nf, NfsdFile other)
    {
        Net net = nf.NfNet;
        nf = other;
        RefOrderProbe.At("p", nf.NfNet, net);
    }
""");
            var p = result.At("p");
            Assert.NotEqual(p.Value(0).Value, p.Value(1).Value);
        }

        [Fact]
        public void Store_MakesTheMemberDenoteTheStoredValue_AndForgetsMayAliases()
        {
            var result = EngineHarness.Run("""
    public static void M(NfsdFile a, NfsdFile b, Net net)
    {
        Net before = b.NfNet;
        a.NfNet = net;
        RefOrderProbe.At("p", a.NfNet, net, b.NfNet, before);
    }
""");
            var p = result.At("p");
            Assert.Equal(p.Value(1).Value, p.Value(0).Value);
            Assert.NotEqual(p.Value(3).Value, p.Value(2).Value); // b may be a: its NfNet is re-read
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
        public void LoopCounts_SaturateAndTheAnalysisTerminates()
        {
            var result = EngineHarness.Run("""
    public static void M([Live] Net net, int n)
    {
        for (int i = 0; i < n; i++)
        {
            GetNet(net);
        }

        RefOrderProbe.At("p", net);
    }
""");
            var held = result.At("p").Value(0).HeldOf("net");
            Assert.Equal(0, held.Lo);
            Assert.Equal(HeldCount.Many, held.Hi);
            Assert.Empty(result.SkipReasons);
        }

        [Fact]
        public void ExceptionEdge_CatchSeesTheStateBeforeEachCall()
        {
            var result = EngineHarness.Run("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        try
        {
            Touch(null);
            NfsdFilePut(nf);
            Touch(null);
        }
        catch (Exception)
        {
            RefOrderProbe.At("catch", nf);
        }
    }
""");
            var held = result.At("catch").Value(0).HeldOf("ref");
            Assert.Equal((0, 1), held);
            Assert.NotNull(result.At("catch").Value(0).Facts.ReleasedAt);
        }

        [Fact]
        public void Finally_IsReachedFromNormalAndReturnPaths()
        {
            var result = EngineHarness.Run("""
    [Releases("nf")]
    public static void M(NfsdFile nf, bool b)
    {
        try
        {
            if (b) return;
            NfsdFilePut(nf);
        }
        finally
        {
            RefOrderProbe.At("finally", nf);
        }
    }
""");
            Assert.Equal((0, 1), result.At("finally").Value(0).HeldOf("ref"));
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
        public void RefArgument_IsUnknownAfterTheCall()
        {
            var result = EngineHarness.Run("""
    public static void Swap(ref Net n) { }

    public static void M([Live] Net net)
    {
        Net n = net;
        Swap(ref n);
        RefOrderProbe.At("p", n, net);
    }
""");
            var p = result.At("p");
            Assert.NotEqual(p.Value(1).Value, p.Value(0).Value);
            Assert.False(p.Value(0).KnownLive);
        }

        [Fact]
        public void PatternDeclaration_CopiesIdentity()
        {
            var result = EngineHarness.Run("""
    public static void M([Live] object o)
    {
        if (o is NfsdFile nf)
        {
            RefOrderProbe.At("p", nf, o);
        }
    }
""");
            var p = result.At("p");
            Assert.Equal(p.Value(1).Value, p.Value(0).Value);
            Assert.True(p.Value(0).KnownLive);
        }

        [Fact]
        public void ConditionalAccess_ReadsThroughTheCapturedReceiver()
        {
            var result = EngineHarness.Run("""
    public static void M([Live] NfsdFile? nf)
    {
        var pinned = nf?.PinnedNet;
        RefOrderProbe.At("p", pinned, nf!.PinnedNet);
    }
""");
            var p = result.At("p");
            Assert.Equal(p.Value(1).Value, p.Value(0).Value);
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
        public void Lambda_IsAnalysedAsItsOwnBody()
        {
            var result = EngineHarness.Run("""
    public static void M([Live] Net net)
    {
        Action<Net> a = n => RefOrderProbe.At("lambda", n);
        RefOrderProbe.At("outer", net);
    }
""");
            Assert.False(result.At("lambda").Value(0).KnownLive);
            Assert.True(result.At("outer").Value(0).KnownLive);
        }

        [Fact]
        public void LocalFunction_IsAnalysedWithItsOwnContract()
        {
            var result = EngineHarness.Run("""
    public static void M(Net net)
    {
        Inner(net);

        static void Inner([Live] Net n) => RefOrderProbe.At("inner", n);
    }
""");
            Assert.True(result.At("inner").Value(0).KnownLive);
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

        [Fact]
        public void Switch_JoinsEveryArm()
        {
            var result = EngineHarness.Run("""
    public static void M([Live] Net net, int k)
    {
        switch (k)
        {
            case 0: GetNet(net); break;
            case 1: GetNet(net); GetNet(net); break;
            default: return;
        }

        RefOrderProbe.At("p", net);
    }
""");
            Assert.Equal((1, 2), result.At("p").Value(0).HeldOf("net"));
        }

        [Fact]
        public void Goto_BackwardJumpReachesAFixedPoint()
        {
            var result = EngineHarness.Run("""
    public static void M([Live] Net net, int n)
    {
    again:
        GetNet(net);
        if (--n > 0) goto again;
        RefOrderProbe.At("p", net);
    }
""");
            var held = result.At("p").Value(0).HeldOf("net");
            Assert.Equal(1, held.Lo);
            Assert.Empty(result.SkipReasons);
        }

        [Fact]
        public void LambdaInsideTryFinally_EdgesStayInsideTheBody()
        {
            // Found by the generated-program fuzzer: a lambda in a try whose finally holds a switch.
            var result = EngineHarness.Run("""
    public static void M(NfsdFile nf, Holder h, int n)
    {
        if (NfsdFileGet(nf) != null)
        {
            try
            {
                Action v0 = () => { Touch(h.Borrowed); };
            }
            finally
            {
                switch (n)
                {
                }
            }
        }
    }
""");
            Assert.Empty(result.SkipReasons);
        }

        [Fact]
        public void Bound_ExceededIsReportedNeverSilent()
        {
            var result = EngineHarness.Run(
                """
    public static void M([Live] Net net, int n)
    {
        for (int i = 0; i < n; i++)
        {
            if (i % 2 == 0) GetNet(net); else PutNet(net);
        }
    }
""",
                limits: new AnalysisLimits(maxBlocks: 3, visitsPerBlock: 1));
            Assert.NotEmpty(result.SkipReasons);
        }
    }
}
