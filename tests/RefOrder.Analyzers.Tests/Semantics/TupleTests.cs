using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// Issue 12, item 4: elements of tuple literals and of tuple-returning calls, deconstruction into new or
    /// existing locals, and <c>t.Item1</c> are access paths, so a put through one name is seen through the others.
    /// </summary>
    public class TupleTests
    {
        private static Task Verify(string members) => AllAnalyzersVerifier.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task DeconstructedFileAndNet_PutInTheWrongOrder() => Verify("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void NfsdFilePutLocal(NfsdFile nf)
    {
        var (file, net) = (nf, nf.NfNet);
        RcuReadLock();
        {|RO0001:NfsdNetPut(net)|};
        RcuReadUnlock();
        NfsdFilePut(file);
    }
""");

        [Fact]
        public Task Valid_DeconstructedFileAndNet_PutInTheReviewersOrder() => Verify("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void NfsdFilePutLocal(NfsdFile nf)
    {
        var (file, net) = (nf, nf.NfNet);
        NfsdFilePut(file);
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
    }
""");

        [Fact]
        public Task DeconstructionIntoExistingLocals_UseAfterPutThroughTheOtherName() => Verify("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        NfsdFile file;
        int flags;
        (file, flags) = (nf, nf.Flags);
        NfsdFilePut(file);
        Touch({|RO0003:nf|});
    }
""");

        [Fact]
        public Task Valid_Swap_ReadsBothBeforeWritingEither() => Swap("""
        NfsdFilePut(y);
        Touch(x);
""");

        [Fact]
        public Task Swap_PutThroughTheSwappedName() => Swap("""
        NfsdFilePut(y);
        Touch({|RO0003:first|});
""");

        /// <summary>Two files swapped by deconstruction, then <paramref name="uses"/>, then the other put.</summary>
        private static Task Swap(string uses) => Verify("""
    [Releases("first")]
    [Releases("second")]
    public static void M(NfsdFile first, NfsdFile second)
    {
        var (x, y) = (first, second);
        (x, y) = (y, x);
""" + uses + """
        NfsdFilePut(x);
    }
""");

        [Fact]
        public Task TupleElement_UseAfterPut() => Verify("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        var t = (nf, 1);
        NfsdFilePut(t.Item1);
        Touch({|RO0003:t.Item1|});
    }
""");

        [Fact]
        public Task NamedTupleElement_IsItsItemField() => Verify("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        (NfsdFile File, int Id) t = (nf, 1);
        NfsdFilePut(t.File);
        Touch({|RO0003:t.Item1|});
    }
""");

        [Fact]
        public Task TupleReturningCall_ElementsAreAccessPaths() => Verify("""
    public static (NfsdFile File, Net Net) Split(NfsdFile nf) => (nf, nf.NfNet);

    public static void M(NfsdFile nf)
    {
        var pair = Split(nf);
        var (file, _) = pair;
        NfsdFilePut(file);
        Touch({|RO0003:pair.File|});
    }
""");

        [Fact]
        public Task Valid_TupleElement_TouchedBeforeItsPut() => Verify("""
    public static void M(NfsdFile nf)
    {
        var pair = Split(nf);
        var (file, net) = pair;
        Touch(pair.File);
        Touch(net);
        NfsdFilePut(file);
    }

    public static (NfsdFile File, Net Net) Split(NfsdFile nf) => (nf, nf.NfNet);
""");
    }
}
