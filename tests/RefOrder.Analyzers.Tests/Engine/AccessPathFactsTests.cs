using RefOrder.Analyzers.Engine;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Engine.State;

namespace RefOrder.Analyzers.Tests.Engine
{
    /// <summary>
    /// The engine on its own, facts at marked test points independent of any rule. Access paths: which places denote one value, and what breaks that identity.
    /// </summary>
    public class AccessPathFactsTests
    {
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
    }
}
