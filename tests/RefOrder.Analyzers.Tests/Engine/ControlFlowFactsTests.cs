using System.Linq;
using RefOrder.Analyzers.Engine;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Engine.State;

namespace RefOrder.Analyzers.Tests.Engine
{
    /// <summary>
    /// The engine on its own, facts at marked test points independent of any rule. Control flow: loops to a fixed point, exception edges, finally, switch, goto, nested bodies and the work bound.
    /// </summary>
    public class ControlFlowFactsTests
    {
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
        public void Finally_IsRunOncePerContinuation_AndCodeAfterItSeesOnlyTheFallThrough()
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

        RefOrderProbe.At("after", nf);
    }
""");

            // One copy of the finally for the return (nf still held), one for the fall-through (put), one for an
            // exception thrown by the put (held, as before the call).
            var inFinally = result.Probes.Where(p => p.Label == "finally").Select(p => p.Values[0].HeldOf("ref")).OrderBy(h => h).ToList();
            Assert.Equal(new[] { (0, 0), (1, 1), (1, 1) }, inFinally);
            Assert.Equal((0, 0), result.At("after").Value(0).HeldOf("ref"));
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
