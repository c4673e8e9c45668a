using System.Threading.Tasks;
using RefOrder.CodeFixes;
using Verify = RefOrder.Analyzers.Tests.CodeFixes.FixVerifier<RefOrder.CodeFixes.PinPlacementCodeFix>;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// RO0002's second strategy, "Use the conditional acquire": the get becomes the [TryAcquires] counterpart's
    /// test (<c>get_net</c> → <c>maybe_get_net</c>), leaving by <c>continue</c> in a loop or by the return the
    /// method's type makes obvious; and each case where no exit is mechanical.
    /// </summary>
    public class ConditionalAcquireCodeFixTests
    {
        /// <summary>The counterpart of <c>GetNet</c>: a namespace whose count may already be zero is skipped.</summary>
        private const string MaybeGetNet = """

public static class NetRefs
{
    [TryAcquires("net", Counter = "net")] public static bool MaybeGetNet(Net net) => true;
}
""";

        [Fact]
        public Task InALoop_TheObjectIsSkipped() =>
            VerifyConditional(
                Members("""
    public static void Drain([Live] List<NfsdFile> files)
    {
        foreach (var nf in files)
        {
            {|RO0002:GetNet(nf.NfNet)|};
            NetGeneric(nf.NfNet, 1).Users++;
            PutNet(nf.NfNet);
        }
    }
"""),
                Members("""
    public static void Drain([Live] List<NfsdFile> files)
    {
        foreach (var nf in files)
        {
            if (!NetRefs.MaybeGetNet(nf.NfNet))
            {
                continue;
            }
            NetGeneric(nf.NfNet, 1).Users++;
            PutNet(nf.NfNet);
        }
    }
"""));

        [Theory]
        [InlineData("void", "return;", "")]
        [InlineData("bool", "return false;", "return true;")]
        [InlineData("NfsdNet?", "return null;", "return nn;")]
        public Task OutsideALoop_TheMethodReturnsWhatItsTypeMakesObvious(string type, string exit, string end) =>
            VerifyConditional(
                Members($$"""
    public static {{type}} Visit(NfsdFile nf)
    {
        {|RO0002:GetNet(nf.NfNet)|};
        NfsdNet nn = NetGeneric(nf.NfNet, 1);
        PutNet(nf.NfNet);
        {{end}}
    }
"""),
                Members($$"""
    public static {{type}} Visit(NfsdFile nf)
    {
        if (!NetRefs.MaybeGetNet(nf.NfNet))
        {
            {{exit}}
        }
        NfsdNet nn = NetGeneric(nf.NfNet, 1);
        PutNet(nf.NfNet);
        {{end}}
    }
"""));

        [Fact]
        public Task NotOfferedWhenTheResultTypeHasNoObviousFailureValue() =>
            Verify.VerifyNoFixAsync(Members("""
    public static int Visit(NfsdFile nf)
    {
        {|RO0002:GetNet(nf.NfNet)|};
        int users = NetGeneric(nf.NfNet, 1).Users;
        PutNet(nf.NfNet);
        return users;
    }
"""));

        [Fact]
        public Task NotOfferedWhenTheSkippedCodeReleasesSomethingElse() =>
            Verify.VerifyNoFixAsync(Members("""
    [Releases("nf")]
    public static void Visit(NfsdFile nf)
    {
        {|RO0002:GetNet(nf.NfNet)|};
        NetGeneric(nf.NfNet, 1).Users++;
        PutNet(nf.NfNet);
        NfsdFilePut(nf);
    }
"""));

        [Fact]
        public Task NotOfferedWhenALockIsHeldAtTheAcquire() =>
            Verify.VerifyNoFixAsync(Members("""
    public static void Drain([Live] List<NfsdFile> files)
    {
        foreach (var nf in files)
        {
            GcLock();
            {|RO0002:GetNet(nf.NfNet)|};
            NetGeneric(nf.NfNet, 1).Users++;
            PutNet(nf.NfNet);
            GcUnlock();
        }
    }
"""));

        [Fact]
        public Task NotOfferedInsideATryBlock() =>
            Verify.VerifyNoFixAsync(Members("""
    public static void Visit(NfsdFile nf)
    {
        try
        {
            {|RO0002:GetNet(nf.NfNet)|};
            NetGeneric(nf.NfNet, 1).Users++;
            PutNet(nf.NfNet);
        }
        finally
        {
            Touch(null);
        }
    }
"""));

        [Fact]
        public Task NotOfferedWithoutAConditionalAcquireOfTheSameCounter() =>
            Verify.VerifyNoFixAsync(Snippet("""
    public static void Visit(NfsdFile nf)
    {
        {|RO0002:GetNet(nf.NfNet)|};
        NetGeneric(nf.NfNet, 1).Users++;
        PutNet(nf.NfNet);
    }
""", "\npublic static class NetRefs\n{\n    [TryAcquires(\"net\", Counter = \"nfsd_net\")] public static bool MaybeGetNfsdNet(Net net) => true;\n}\n"));

        [Fact]
        public Task FixAllRewritesEveryGetInTheDocument()
        {
            const string get = """
        {|RO0002:GetNet(nf.NfNet)|};
        NetGeneric(nf.NfNet, 1).Users++;
        PutNet(nf.NfNet);
""";
            const string maybe = """
        if (!NetRefs.MaybeGetNet(nf.NfNet))
        {
            return;
        }
        NetGeneric(nf.NfNet, 1).Users++;
        PutNet(nf.NfNet);
""";
            return VerifyConditional(Members(Two(get)), Members(Two(maybe)));

            static string Two(string body) =>
                $"    public static void First(NfsdFile nf)\n    {{\n{body}    }}\n\n    public static void Second(NfsdFile nf)\n    {{\n{body}    }}\n";
        }

        private static Task VerifyConditional(string source, string fixedSource)
        {
            var test = Verify.Create(source, fixedSource);
            test.CodeActionEquivalenceKey = PinPlacementCodeFix.ConditionalAcquireEquivalenceKey;
            return test.RunAsync();
        }

        private static string Members(string members) => Snippet(members, MaybeGetNet);

        private static string Snippet(string members, string helpers) => Verifiers.Snippet.Class(members) + helpers;
    }
}
