using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// Leaving a <c>try</c> through its <c>finally</c>: a path that returns, breaks or throws runs the finally and goes
    /// on to its own destination only, so code after the finally sees only the paths that fell through.
    /// </summary>
    public class FinallyRoutingTests
    {
        private static Task Check(string members) => AllAnalyzersVerifier.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task Valid_PutAndReturnInsideTry_CodeAfterFinallyDoesNotSeeIt() => Check("""
    [Releases("nf")]
    public static void M(NfsdFile nf, bool b)
    {
        try
        {
            if (b) { NfsdFilePut(nf); return; }
            Touch(nf.Flags);
        }
        finally
        {
            Touch(null);
        }

        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task Valid_BreakThroughFinallyInALoop() => Check("""
    public static void M(List<NfsdFile> files)
    {
        foreach (var f in files)
        {
            var held = NfsdFileGet(f);
            if (held == null) continue;
            try
            {
                if (held.Flags == 0) { NfsdFilePut(held); break; }
                Touch(held.Flags);
            }
            finally
            {
                Touch(null);
            }

            NfsdFilePut(held);
        }
    }
""");

        [Fact]
        public Task Valid_ThrowThroughFinally_DoesNotReachTheCodeAfterIt() => Check("""
    [Releases("nf")]
    public static void M(NfsdFile nf, bool b)
    {
        try
        {
            if (b) { NfsdFilePut(nf); throw new InvalidOperationException(); }
        }
        finally
        {
            Touch(null);
        }

        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task Valid_NestedFinallies_RouteEachPathToItsOwnDestination() => Check("""
    [Releases("nf")]
    public static int M(NfsdFile nf, bool b)
    {
        try
        {
            try
            {
                if (b) { NfsdFilePut(nf); return 1; }
            }
            finally
            {
                Touch(null);
            }
        }
        finally
        {
            Touch(null);
        }

        Touch(nf.Flags);
        NfsdFilePut(nf);
        return 0;
    }
""");

        [Fact]
        public Task UseAfterPutInsideFinally_OnTheFallThroughPath_IsReported() => Check("""
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
            Touch({|RO0003:nf.Flags|});
        }
    }
""");

        [Fact]
        public Task UseAfterThePutThatFellThrough_IsStillReported() => Check("""
    [Releases("nf")]
    public static void M(NfsdFile nf, bool b)
    {
        try
        {
            if (b) Touch(null);
            NfsdFilePut(nf);
        }
        finally
        {
            Touch(null);
        }

        Touch({|RO0003:nf.Flags|});
    }
""");
    }
}
