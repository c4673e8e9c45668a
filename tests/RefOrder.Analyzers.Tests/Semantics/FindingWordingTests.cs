using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.UseAfterPutAnalyzer>;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>One finding per statement and object, a double release named as such, identifiers as written.</summary>
    public class FindingWordingTests
    {
        [Fact]
        public Task TwoReadsOfOneObjectInOneStatement_AreOneFinding() =>
            Verify.VerifyAsync(Snippet.Class("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        NfsdFilePut(nf);
        Touch({|RO0003:nf.Flags|} + nf.Flags);
    }
"""));

        [Fact]
        public Task ASecondPut_IsCalledAReleaseTwice() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        {|#1:NfsdFilePut(nf)|};
        {|#0:NfsdFilePut(nf)|};
    }
"""),
                Verify.Diagnostic("RO0003").WithLocation(0).WithLocation(1)
                    .WithArguments("NfsdFilePut(nf)", "releases", "nf", "NfsdFilePut(nf)", "a second put drops a reference the method no longer has (released twice)"));

        [Fact]
        public Task AParameterNamedWithAKeyword_IsPrintedAsWritten() =>
            Verify.VerifyAsync(
                Snippet.Class("""
    [Releases("this")]
    public static void M(NfsdFile @this)
    {
        {|#1:NfsdFilePut(@this)|};
        Touch({|#0:@this.Flags|});
    }
""").Replace("[Releases(\"this\")]", "[Releases(\"@this\")]", System.StringComparison.Ordinal),
                Verify.Diagnostic("RO0003").WithLocation(0).WithLocation(1)
                    .WithArguments("@this.Flags", "uses", "@this", "NfsdFilePut(@this)", "the object may already be freed"));
    }
}
