using System.Threading.Tasks;
using Verify = RefOrder.Analyzers.Tests.CodeFixes.FixVerifier<RefOrder.CodeFixes.PutOrderCodeFix>;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>RO0001's fix: the reviewer's order, kept formatting, fix all, and each case where no move is offered.</summary>
    public class PutOrderCodeFixTests
    {
        internal const string Header = """
using System.Threading;
using RefOrder;
using static Api;

public static class C
{

""";

        /// <summary>v2's order in a method that drops both references: guard put, then the file put.</summary>
        internal const string V2Body = """
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        NfsdFilePut(nf);
""";

        /// <summary>The reviewer's order of the same statements.</summary>
        internal const string ReviewedBody = """
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
""";

        [Fact]
        public Task PatchV2PutLocalBecomesTheReviewersOrder()
        {
            const string source = Header + """
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public static void NfsdFilePutLocal(ref NfsdFile? pnf)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;

            RcuReadLock();
            {|RO0001:NfsdNetPut(net)|};
            RcuReadUnlock();
            NfsdFilePut(nf);
        }
    }
}
""";
            const string fixedSource = Header + """
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public static void NfsdFilePutLocal(ref NfsdFile? pnf)
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
}
""";
            return Verify.VerifyAsync(source, fixedSource);
        }

        [Fact]
        public Task CommentsTravelWithThePutAndBlankLinesStayInPlace() =>
            Verify.VerifyAsync(
                PutLocal("""
        Net net = nf.NfNet;

        // drop the guard under RCU
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();

        // then the file
        NfsdFilePut(nf); // the last reference may go here
        Touch(null);
"""),
                PutLocal("""
        Net net = nf.NfNet;

        // then the file
        NfsdFilePut(nf); // the last reference may go here
        // drop the guard under RCU
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();

        Touch(null);
"""));

        [Fact]
        public Task PutSharingALineWithTheUnlockGetsItsOwnLine() =>
            Verify.VerifyAsync(
                PutLocal("""
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock(); NfsdFilePut(nf);
"""),
                PutLocal(ReviewedBody));

        [Fact]
        public Task PutStopsJustAboveTheGroupNotAboveUnrelatedStatements() =>
            Verify.VerifyAsync(
                PutLocal(
                    """
        Net net = nf.NfNet;
        Touch(h);
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        Touch(h);
        NfsdFilePut(nf);
""",
                    "NfsdFile nf, Holder h"),
                PutLocal(
                    """
        Net net = nf.NfNet;
        Touch(h);
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        Touch(h);
""",
                    "NfsdFile nf, Holder h"));

        [Fact]
        public Task AStatementInBetweenUsesTheObject_ThePutStaysAndTheGuardGoesLast() =>
            VerifyGuardLast(
                PutLocal("""
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        bool gone = nf == null;
        NfsdFilePut(nf);
"""),
                PutLocal("""
        Net net = nf.NfNet;
        bool gone = nf == null;
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
"""));

        [Fact]
        public Task ACopyOfTheObjectIsUsedInBetween_ThePutStaysAndTheGuardGoesLast() =>
            VerifyGuardLast(
                PutLocal("""
        NfsdFile same = nf;
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        Touch(same == null);
        NfsdFilePut(nf);
"""),
                PutLocal("""
        NfsdFile same = nf;
        Net net = nf.NfNet;
        Touch(same == null);
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
"""));

        [Fact]
        public Task GuardPutReadsTheObject_ThePointerIsSavedAndTheGuardGoesLast() =>
            VerifyGuardLast(
                PutLocal("""
        RcuReadLock();
        {|RO0001:NfsdNetPut(nf.NfNet)|};
        RcuReadUnlock();
        NfsdFilePut(nf);
"""),
                PutLocal("""
        Net nfNet = nf.NfNet;
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(nfNet);
        RcuReadUnlock();
"""));

        [Fact]
        public Task NotOfferedWhenThePutIsInAnotherBlockAndTheGuardCannotFollowIt() =>
            Verify.VerifyNoFixAsync(PutLocal(
                """
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        if (last)
        {
            NfsdFilePut(nf);
            throw new System.InvalidOperationException();
        }

        NfsdFilePut(nf);
""",
                "NfsdFile nf, bool last"));

        [Fact]
        public Task NotOfferedWhenAJumpLiesInTheRange() =>
            Verify.VerifyNoFixAsync(PutLocal(
                """
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        if (early)
        {
            throw new System.InvalidOperationException();
        }

        NfsdFilePut(nf);
""",
                "NfsdFile nf, bool early"));

        [Fact]
        public Task NotOfferedWhenALabelLiesInTheRange() =>
            Verify.VerifyNoFixAsync(PutLocal("""
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
    unlock:
        RcuReadUnlock();
        NfsdFilePut(nf);
"""));

        [Fact]
        public Task FixAllMovesEveryPutInTheDocument() =>
            Verify.VerifyAsync(
                Header + Method("First", V2Body) + "\n" + Method("Second", V2Body) + "}\n",
                Header + Method("First", ReviewedBody) + "\n" + Method("Second", ReviewedBody) + "}\n");

        [Fact]
        public Task FixAllMovesASecondPutOnceTheFirstHasMoved()
        {
            var test = Verify.Create(
                PutLocal("""
        NfsdFileGetLive(nf);
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        NfsdFilePut(nf);
        NfsdFilePut(nf);
"""),
                PutLocal("""
        NfsdFileGetLive(nf);
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
"""));

            // The rule reports the first access after the guard put; the second put surfaces once the first moved.
            test.NumberOfIncrementalIterations = 2;
            test.NumberOfFixAllIterations = 2;
            return test.RunAsync();
        }

        [Fact]
        public Task FixAllMovesPutsAcrossDocuments()
        {
            var test = Verify.Create(PutLocal(V2Body), PutLocal(ReviewedBody));
            string other = Header.Replace("class C", "class D");
            test.TestState.Sources.Add(("Other.cs", other + Method("PutLocal", V2Body) + "}\n"));
            test.FixedState.Sources.Add(("Other.cs", other + Method("PutLocal", ReviewedBody) + "}\n"));
            test.NumberOfFixAllInDocumentIterations = 2;
            return test.RunAsync();
        }

        /// <summary>Verifies the fix under the guard-last key: that strategy, and fix all with it.</summary>
        internal static Task VerifyGuardLast(string source, string fixedSource)
        {
            var test = Verify.Create(source, fixedSource);
            test.CodeActionEquivalenceKey = RefOrder.CodeFixes.PutOrderCodeFix.GuardLastEquivalenceKey;
            return test.RunAsync();
        }

        /// <summary>A class <c>C</c> whose only method drops <c>nf</c> and its guard reference with <paramref name="body"/>.</summary>
        internal static string PutLocal(string body, string parameters = "NfsdFile nf") =>
            Header + Method("PutLocal", body, parameters) + "}\n";

        internal static string Method(string name, string body, string parameters = "NfsdFile nf") => $$"""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void {{name}}({{parameters}})
    {
{{body}}
    }

""";
    }
}
