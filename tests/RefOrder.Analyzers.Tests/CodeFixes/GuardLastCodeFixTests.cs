using System.Threading.Tasks;
using Verify = RefOrder.Analyzers.Tests.CodeFixes.FixVerifier<RefOrder.CodeFixes.PutOrderCodeFix>;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// RO0001's second strategy, "Put the guard reference last": offered where the object's put cannot move up
    /// (the object is still used, returned, disposed or put in a finally), it moves the guard put with its RCU
    /// bracket down to just after the object's last access; and each case where no move keeps the meaning.
    /// </summary>
    public class GuardLastCodeFixTests
    {
        private const string Handle = """

[RefCounted]
[GuardedBy(nameof(NfNet), Counter = "nfsd_net")]
public sealed class Handle : System.IDisposable
{
    public Net NfNet = null!;
    public int Flags;

    public void Dispose() { }
}
""";

        [Fact]
        public Task ObjectStillUsedAfterTheGuardPut_GuardGoesAfterTheObjectsPut() =>
            VerifyGuardLast(
                Method("""
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        Touch(nf.Next);
        NfsdFilePut(nf);
        Touch(null);
"""),
                Method("""
        Net net = nf.NfNet;
        Touch(nf.Next);
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        Touch(null);
"""));

        [Fact]
        public Task ObjectPutOnEitherBranch_GuardGoesAfterTheIf() =>
            VerifyGuardLast(
                Method(
                    """
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        if (last)
        {
            NfsdFilePut(nf);
        }
        else
        {
            Touch(nf.Next);
            NfsdFilePut(nf);
        }
""",
                    "NfsdFile nf, bool last"),
                Method(
                    """
        Net net = nf.NfNet;
        if (last)
        {
            NfsdFilePut(nf);
        }
        else
        {
            Touch(nf.Next);
            NfsdFilePut(nf);
        }
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
""",
                    "NfsdFile nf, bool last"));

        [Fact]
        public Task ReturnedValueUsesTheObject_ALocalHoldsItWhileTheGuardIsPut() =>
            VerifyGuardLast(
                InClass("""
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static long Flags([Live] NfsdFile nf)
    {
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        return Count(nf);
    }

    private static int Count(NfsdFile nf) => nf.Flags;
"""),
                InClass("""
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static long Flags([Live] NfsdFile nf)
    {
        Net net = nf.NfNet;
        long result = Count(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        return result;
    }

    private static int Count(NfsdFile nf) => nf.Flags;
"""));

        [Fact]
        public Task ObjectPutInFinally_GuardGoesAfterItInTheFinally() =>
            VerifyGuardLast(
                Method("""
        Net net = nf.NfNet;
        try
        {
            RcuReadLock();
            {|RO0001:NfsdNetPut(net)|};
            RcuReadUnlock();
            Touch(nf.Next);
        }
        finally
        {
            NfsdFilePut(nf);
        }
"""),
                Method("""
        Net net = nf.NfNet;
        try
        {
            Touch(nf.Next);
        }
        finally
        {
            NfsdFilePut(nf);
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }
"""));

        [Fact]
        public Task ObjectDisposedByUsing_GuardGoesAfterTheUsingStatement() =>
            VerifyGuardLast(
                InClass("""
    [Releases("h.NfNet", Counter = "nfsd_net")]
    public static void Close([Live] Handle h)
    {
        Net net = h.NfNet;
        using (h)
        {
            RcuReadLock();
            {|RO0001:NfsdNetPut(net)|};
            RcuReadUnlock();
            h.Flags = 0;
        }
    }
""") + Handle,
                InClass("""
    [Releases("h.NfNet", Counter = "nfsd_net")]
    public static void Close([Live] Handle h)
    {
        Net net = h.NfNet;
        using (h)
        {
            h.Flags = 0;
        }
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
    }
""") + Handle);

        [Fact]
        public Task FixAllPutsEveryGuardLast()
        {
            const string before = """
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        Touch(nf.Next);
        NfsdFilePut(nf);
""";
            const string after = """
        Net net = nf.NfNet;
        Touch(nf.Next);
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
""";
            return VerifyGuardLast(Two(before), Two(after));

            static string Two(string body) => InClass(MethodNamed("First", body) + MethodNamed("Second", body));
        }

        [Fact]
        public Task NotOfferedWhenTheGuardVariableIsReassignedInBetween() =>
            Verify.VerifyNoFixAsync(Method(
                """
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        net = other;
        Touch(nf.Next);
        NfsdFilePut(nf);
""",
                "NfsdFile nf, Net other"));

        [Fact]
        public Task GuardReadThroughTheObject_ThePointerIsSavedFirst() =>
            VerifyGuardLast(
                Method("""
        RcuReadLock();
        {|RO0001:NfsdNetPut(nf.NfNet)|};
        RcuReadUnlock();
        Touch(nf.Next);
        NfsdFilePut(nf);
"""),
                Method("""
        Net nfNet = nf.NfNet;
        Touch(nf.Next);
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(nfNet);
        RcuReadUnlock();
"""));

        [Fact]
        public Task NotOfferedWhenTheGuardMemberIsWrittenInBetween() =>
            Verify.VerifyNoFixAsync(Method(
                """
        RcuReadLock();
        {|RO0001:NfsdNetPut(nf.NfNet)|};
        RcuReadUnlock();
        nf.NfNet = other;
        NfsdFilePut(nf);
""",
                "NfsdFile nf, Net other"));

        [Fact]
        public Task AnEarlyReturnInBetween_GetsTheGuardPutToo() =>
            VerifyGuardLast(
                Method(
                    """
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        Touch(nf.Next);
        if (early)
        {
            return;
        }

        NfsdFilePut(nf);
""",
                    "NfsdFile nf, bool early"),
                Method(
                    """
        Net net = nf.NfNet;
        Touch(nf.Next);
        if (early)
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            return;
        }

        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
""",
                    "NfsdFile nf, bool early"));

        [Fact]
        public Task NotOfferedWhenAThrowLiesInBetween() =>
            Verify.VerifyNoFixAsync(Method(
                """
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        Touch(nf.Next);
        if (early)
        {
            throw new System.InvalidOperationException();
        }

        NfsdFilePut(nf);
""",
                "NfsdFile nf, bool early"));

        [Fact]
        public Task GuardPutOnOneBranchOnly_TheObjectsPutMovesAboveTheBranchInstead() =>
            Verify.VerifyAsync(
                Method(
                    """
        Net net = nf.NfNet;
        if (fast)
        {
            RcuReadLock();
            {|RO0001:NfsdNetPut(net)|};
            RcuReadUnlock();
        }

        NfsdFilePut(nf);
""",
                    "NfsdFile nf, bool fast"),
                Method(
                    """
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        if (fast)
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }
""",
                    "NfsdFile nf, bool fast"));

        [Fact]
        public Task NotOfferedWhenTheObjectIsUsedAfterAGuardPutOnOneBranch() =>
            Verify.VerifyNoFixAsync(Method(
                """
        Net net = nf.NfNet;
        if (fast)
        {
            RcuReadLock();
            {|RO0001:NfsdNetPut(net)|};
            RcuReadUnlock();
        }

        Touch(nf.Next);
        NfsdFilePut(nf);
""",
                "NfsdFile nf, bool fast"));

        [Fact]
        public Task GuardPutInsideALongerLockSection_TakesTheLockAfreshWhereItLands() =>
            VerifyGuardLast(
                Method("""
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        Touch(nf.Next);
        RcuReadUnlock();
        NfsdFilePut(nf);
"""),
                Method("""
        Net net = nf.NfNet;
        RcuReadLock();
        Touch(nf.Next);
        RcuReadUnlock();
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
"""));

        private static Task VerifyGuardLast(string source, string fixedSource) => PutOrderCodeFixTests.VerifyGuardLast(source, fixedSource);

        private static string Method(string body, string parameters = "NfsdFile nf") => PutOrderCodeFixTests.PutLocal(body, parameters);

        private static string InClass(string members) => PutOrderCodeFixTests.Header + members + "}\n";

        private static string MethodNamed(string name, string body) => PutOrderCodeFixTests.Method(name, body);
    }
}
