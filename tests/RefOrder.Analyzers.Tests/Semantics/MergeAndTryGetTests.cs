using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// Reassignment across a merge (<c>Put(x); x = null;</c> on one branch), <c>??=</c>, try-gets through an
    /// <c>out</c> parameter, and members read before a successful try-get.
    /// </summary>
    public class MergeAndTryGetTests
    {
        private const string Cache = """
    }

    public static class Cache
    {
        [TryAcquires("file")] public static bool TryGet(int key, out NfsdFile file) { file = null!; return false; }
        [Acquires("file")] public static void Open(int key, out NfsdFile file) { file = new NfsdFile(); }
    }

    public static class Use
    {
""";

        private static Task Check(string members) => AllAnalyzersVerifier.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task Valid_PutThenNulledOnOneBranch_TheMergedVariableNamesNoReleasedObject() => Check("""
    public static void M(Holder h, bool b)
    {
        NfsdFile? nf = NfsdFileGet(h.Borrowed);
        if (nf == null) return;
        if (b) { NfsdFilePut(nf); nf = null; }
        if (nf != null) { Touch(nf.Flags); NfsdFilePut(nf); }
    }
""");

        [Fact]
        public Task PutOnOneBranchWithoutReassignment_IsReported() => Check("""
    public static void M(Holder h, bool b)
    {
        NfsdFile? nf = NfsdFileGet(h.Borrowed);
        if (nf == null) return;
        if (b) NfsdFilePut(nf);
        Touch({|RO0003:nf.Flags|});
    }
""");

        [Fact]
        public Task CoalesceAssign_ABorrowedFallbackIsNotKnownLive() => Check("""
    public static void M([Live] Net net, Holder h, bool b)
    {
        NfsdFile? nf = b ? new NfsdFile { NfNet = net } : null;
        nf ??= h.Borrowed;
        NetGeneric({|RO0004:nf.NfNet|}, 0);
    }
""");

        [Fact]
        public Task Valid_CoalesceAssign_WithANewObject() => Check("""
    [Releases("nf")]
    public static void M(NfsdFile nf, Holder h)
    {
        NfsdFile? cur = null;
        NfsdFilePut(nf);
        cur ??= new NfsdFile();
        Touch(cur.Flags);
    }
""");

        [Fact]
        public Task Valid_TryGetThroughOut_HeldOnTheTrueEdge() => Check(Cache + """
    public static void M(int key)
    {
        if (Cache.TryGet(key, out var f))
        {
            Touch(f.Flags);
            NfsdFilePut(f);
        }
    }
""");

        [Fact]
        public Task TryGetThroughOut_NotHeldOnTheFalseEdge() => Check(Cache + """
    public static void M(int key)
    {
        if (!Cache.TryGet(key, out var f))
        {
            {|RO0002:NfsdFileGetLive(f)|};
        }

        NfsdFilePut(f);
    }
""");

        [Fact]
        public Task Valid_AcquireThroughOut_NeedsNoLiveTarget() => Check(Cache + """
    public static void M(int key)
    {
        Cache.Open(key, out var f);
        Touch(f.Flags);
        NfsdFilePut(f);
    }
""");

        [Fact]
        public Task Valid_HoldsRefMemberReadBeforeATryGet_IsLiveOnSuccess() => Check("""
    [TryAcquires("nf")] public static bool TryPin(NfsdFile nf) => true;

    public static void M(Holder h)
    {
        var nf = h.Borrowed;
        var pinned = nf.PinnedNet;
        if (!TryPin(nf)) return;
        GetNet(pinned);
        PutNet(pinned);
        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task HoldsRefMemberReadBeforeAFailedTryGet_IsNotLive() => Check("""
    [TryAcquires("nf")] public static bool TryPin(NfsdFile nf) => true;

    public static void M(Holder h)
    {
        var nf = h.Borrowed;
        var pinned = nf.PinnedNet;
        if (!TryPin(nf))
        {
            {|RO0002:GetNet(pinned)|};
            PutNet(pinned);
        }
        else
        {
            NfsdFilePut(nf);
        }
    }
""");
    }
}
