using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RefOrder.CodeFixes;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// Fix all — what <c>dotnet format</c> runs, under the key of the first diagnostic's first action — applies at
    /// each site the fix asked for where it applies and the rule's other fix elsewhere, so a document that needs both
    /// strategies comes out clean. One fix at a time under a key only touches the sites that fix applies to.
    /// </summary>
    public class FixAllStrategyTests
    {
        private const string ObjectUsedAfterGuard = """
        Net net = nf.NfNet;
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        Touch(nf.Next);
        NfsdFilePut(nf);
""";

        private const string GuardLast = """
        Net net = nf.NfNet;
        Touch(nf.Next);
        NfsdFilePut(nf);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
""";

        private const string V2Order = PutOrderCodeFixTests.V2Body;

        private const string ReviewedOrder = PutOrderCodeFixTests.ReviewedBody;

        [Fact]
        public Task PutOrderFixAllUnderTheFirstKey_PutsTheGuardLastWhereTheObjectsPutCannotMove()
        {
            var test = FixVerifier<PutOrderCodeFix>.Create(
                Document(PutOrderCodeFixTests.Method("First", V2Order) + PutOrderCodeFixTests.Method("Second", ObjectUsedAfterGuard)),
                Document(PutOrderCodeFixTests.Method("First", ReviewedOrder) + PutOrderCodeFixTests.Method("Second", ObjectUsedAfterGuard)));
            BatchFixed(test, Document(PutOrderCodeFixTests.Method("First", ReviewedOrder) + PutOrderCodeFixTests.Method("Second", GuardLast)));
            return test.RunAsync();
        }

        [Fact]
        public Task PutOrderFixAllUnderTheSecondKey_StillMovesTheObjectsPutWhereThatIsTheFixOffered()
        {
            var test = FixVerifier<PutOrderCodeFix>.Create(
                Document(PutOrderCodeFixTests.Method("First", V2Order) + PutOrderCodeFixTests.Method("Second", ObjectUsedAfterGuard)),
                Document(PutOrderCodeFixTests.Method("First", V2Order) + PutOrderCodeFixTests.Method("Second", GuardLast)));
            test.CodeActionEquivalenceKey = PutOrderCodeFix.GuardLastEquivalenceKey;
            BatchFixed(test, Document(PutOrderCodeFixTests.Method("First", ReviewedOrder) + PutOrderCodeFixTests.Method("Second", GuardLast)));
            return test.RunAsync();
        }

        /// <summary>What fix all gives, with the prelude beside it as in every state of the test.</summary>
        private static void BatchFixed(FixVerifier<PutOrderCodeFix>.Test test, string source)
        {
            // One fix at a time under the key fixes one site and leaves the other reported (its markup is kept).
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.NumberOfIncrementalIterations = 1;
            test.NumberOfFixAllIterations = 1;
            test.BatchFixedCode = source;
            test.BatchFixedState.Sources.Add(("Prelude.cs", Verifiers.Prelude.Source));
        }

        private static string Document(string members) => PutOrderCodeFixTests.Header + members + "}\n";
    }
}
