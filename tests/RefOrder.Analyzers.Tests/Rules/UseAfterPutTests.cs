using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.UseAfterPutAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0003: no use (member access, argument, return, re-acquire, second put) after a put.</summary>
    public class UseAfterPutTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task MemberReadAfterPut_NamesThePut() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [Releases("nf")]
    public static Net M(NfsdFile nf)
    {
        {|#1:NfsdFilePut(nf)|};
        return {|#0:nf.NfNet|};
    }
"""),
                Verify.Diagnostic("RO0003").WithLocation(0).WithLocation(1).WithArguments("nf.NfNet", "uses", "nf", "NfsdFilePut(nf)", "the object may already be freed"));

        [Fact]
        public Task DoublePut() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        NfsdFilePut(nf);
        {|RO0003:NfsdFilePut(nf)|};
    }
""");

        [Fact]
        public Task PassedAsArgumentAfterPut() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        NfsdFilePut(nf);
        Touch({|RO0003:nf|});
    }
""");

        [Fact]
        public Task ReturnedAfterPut() => Diagnose("""
    [Releases("nf")]
    public static NfsdFile M(NfsdFile nf)
    {
        NfsdFilePut(nf);
        return {|RO0003:nf|};
    }
""");

        [Fact]
        public Task ReacquiredAfterPut() => Diagnose("""
    [Releases("net", Counter = "net")]
    public static void M(Net net)
    {
        PutNet(net);
        {|RO0003:GetNet(net)|};
    }
""");

        [Fact]
        public Task PutInOneBranch() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf, bool b)
    {
        if (b) NfsdFilePut(nf);
        {|RO0003:nf.Flags|} = 2;
    }
""");

        [Fact]
        public Task PutInLoopBody_UsedOnNextIteration() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf, int n)
    {
        for (int i = 0; i < n; i++)
        {
            Touch({|RO0003:nf.Next|});
            if (i == 2) {|RO0003:NfsdFilePut(nf)|};
        }
    }
""");

        [Fact]
        public Task PutInSwitchCase() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf, int k)
    {
        switch (k)
        {
            case 0: NfsdFilePut(nf); break;
            case 1: return;
        }

        Touch({|RO0003:nf|});
    }
""");

        [Fact]
        public Task UseInFinallyAfterPutInTry() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        try
        {
            NfsdFilePut(nf);
        }
        finally
        {
            Touch({|RO0003:nf.Next|});
        }
    }
""");

        [Fact]
        public Task UseInCatchAfterPut() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        try
        {
            NfsdFilePut(nf);
            Touch(null);
        }
        catch (Exception)
        {
            Touch({|RO0003:nf.Next|});
        }
    }
""");

        [Fact]
        public Task AfterUsingBlock() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        using (var s = new Scope())
        {
            NfsdFilePut(nf);
        }

        {|RO0003:nf.Flags|}++;
    }
""");

        [Fact]
        public Task ThroughGoto() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf, bool b)
    {
        if (b) goto done;
        NfsdFilePut(nf);
    done:
        Touch({|RO0003:nf|});
    }
""");

        [Fact]
        public Task CopyAliasedBeforePut() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        var same = nf;
        NfsdFilePut(nf);
        Touch({|RO0003:same.Next|});
    }
""");

        [Fact]
        public Task PatternVariableAfterPut() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        NfsdFilePut(nf);
        if (nf is { Flags: 3 })
        {
        }

        Touch({|RO0003:nf|});
    }
""");

        [Fact]
        public Task ConditionalAccessAfterPut() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile? nf)
    {
        NfsdFilePut(nf!);
        Touch({|RO0003:nf?.Next|});
    }
""");

        [Fact]
        public Task InLambda() => Diagnose("""
    public static Action<NfsdFile> M() => nf =>
    {
        var held = NfsdFileGet(nf);
        if (held == null) return;
        NfsdFilePut(held);
        Touch({|RO0003:held.Next|});
    };
""");

        [Fact]
        public Task InLocalFunction() => Diagnose("""
    public static void M(NfsdFile nf)
    {
        Drop(nf);

        [Releases("f")]
        static void Drop(NfsdFile f)
        {
            NfsdFilePut(f);
            Touch({|RO0003:f|});
        }
    }
""");

        [Fact]
        public Task AfterExchangeAndPut() => Diagnose("""
    [Releases("pnf")]
    public static void M(ref NfsdFile? pnf)
    {
        var nf = Interlocked.Exchange(ref pnf, null);
        if (nf == null) return;
        NfsdFilePut(nf);
        Touch({|RO0003:nf.NfNet|});
    }
""");

        // ---- valid ----

        [Fact]
        public Task Valid_ValueCopiedOutBeforePut() => Diagnose("""
    [Releases("nf")]
    public static Net M(NfsdFile nf)
    {
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        return net;
    }
""");

        [Fact]
        public Task Valid_AnotherReferenceStillHeld() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        NfsdFileGetLive(nf);
        NfsdFilePut(nf);
        Touch(nf.Next);
        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task Valid_LiveParameterOutlivesTheCall() => Diagnose("""
    public static void M([Live] NfsdFile nf)
    {
        NfsdFileGetLive(nf);
        NfsdFilePut(nf);
        Touch(nf.Next);
    }
""");

        [Fact]
        public Task Valid_PutOnOtherBranch() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf, bool b)
    {
        if (b)
        {
            NfsdFilePut(nf);
            return;
        }

        Touch(nf.Next);
        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task Valid_ReassignedAfterPut() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        NfsdFilePut(nf);
        nf = new NfsdFile();
        Touch(nf.Next);
    }
""");

        [Fact]
        public Task Valid_ReestablishedByTryAcquire() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        var again = NfsdFileGet(nf);
        NfsdFilePut(nf);
        if (again != null)
        {
            Touch(again.Next);
            NfsdFilePut(again);
        }
    }
""");

        [Fact]
        public Task Valid_PutInFinallyLast() => Diagnose("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        try
        {
            Touch(nf.Next);
        }
        finally
        {
            NfsdFilePut(nf);
        }
    }
""");

        [Fact]
        public Task Valid_LoopPutsEachElementOnce() => Diagnose("""
    public static void M([Live] List<NfsdFile> files)
    {
        foreach (var f in files)
        {
            var nf = NfsdFileGet(f);
            if (nf == null) continue;
            Touch(nf.Next);
            NfsdFilePut(nf);
        }
    }
""");

        [Fact]
        public Task Valid_NullComparisonIsNotAUse() => Diagnose("""
    [Releases("nf")]
    public static bool M(NfsdFile nf, NfsdFile other)
    {
        NfsdFilePut(nf);
        return nf == other;
    }
""");

        [Fact]
        public Task Valid_BalancedGetPutOnAHolderMemberLeavesItLive() => Diagnose("""
    public static void M([Live] Holder holder)
    {
        var f = holder.File;
        NfsdFileGetLive(f);
        NfsdFilePut(f);
        Touch(holder.File.Next);
        NfsdFileGetLive(holder.File);
        NfsdFilePut(holder.File);
    }
""");

        [Fact]
        public Task Valid_BalancedGetPutOnANewObjectLeavesItLive() => Diagnose("""
    public static void M()
    {
        var nf = new NfsdFile();
        NfsdFileGetLive(nf);
        NfsdFilePut(nf);
        Touch(nf.Next);
    }
""");

        [Fact]
        public Task PuttingTheHoldersOwnReferenceEndsIt() => Diagnose("""
    public static void M([Live] Holder holder)
    {
        var f = holder.File;
        NfsdFilePut(f);
        Touch({|RO0003:f.Next|});
    }
""");

        [Fact]
        public Task Valid_LambdaDoesNotSeeOuterPut() => Diagnose("""
    [Releases("nf")]
    public static Action M(NfsdFile nf)
    {
        NfsdFilePut(nf);
        return () => Touch(null);
    }
""");
    }
}
