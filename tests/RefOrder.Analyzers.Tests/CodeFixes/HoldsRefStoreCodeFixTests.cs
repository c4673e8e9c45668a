using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.CodeFixes.FixVerifier<RefOrder.CodeFixes.HoldsRefStoreCodeFix>;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>RO0009's fix: the one acquire that fits, taken right before the store it backs; and where it is refused.</summary>
    public class HoldsRefStoreCodeFixTests
    {
        private static Task Fixes(string members, string fixedMembers) =>
            Verify.VerifyWithExitRulesAsync(ReferenceLeakCodeFixTests.Header + members + "}\n", ReferenceLeakCodeFixTests.Header + fixedMembers + "}\n");

        private static Task Refuses(string members) => Verify.VerifyNoFixWithExitRulesAsync(ReferenceLeakCodeFixTests.Header + members + "}\n");

        /// <summary>nfsd_file_alloc publishing nf->nf_net without the pin: the body's own get_net is the one to take.</summary>
        [Fact]
        public Task AStoreWithoutThePin_TakesItRightBefore() => Fixes("""
    public static void M(NfsdFile nf, [Live] Net net, [Live] Net other)
    {
        GetNet(other);
        PutNet(other);
        {|RO0009:nf.PinnedNet = net|};
    }
""", """
    public static void M(NfsdFile nf, [Live] Net net, [Live] Net other)
    {
        GetNet(other);
        PutNet(other);
        GetNet(net);
        nf.PinnedNet = net;
    }
""");

        /// <summary>No acquire in the body: the only method of the compilation whose contract is that acquire.</summary>
        [Fact]
        public Task NoAcquireInTheBody_TheCompilationsOnlyOneIsUsed() => Fixes("""
    public static void M(NfsdFile nf, [Live] Net net)
    {
        {|RO0009:nf.PinnedNet = net|};
    }
""", """
    public static void M(NfsdFile nf, [Live] Net net)
    {
        GetNet(net);
        nf.PinnedNet = net;
    }
""");

        [Fact]
        public Task InASwitchSection() => Fixes("""
    public static void M(NfsdFile nf, [Live] Net net, int kind)
    {
        switch (kind)
        {
            case 1:
                {|RO0009:nf.PinnedNet = net|};
                break;
        }
    }
""", """
    public static void M(NfsdFile nf, [Live] Net net, int kind)
    {
        switch (kind)
        {
            case 1:
                GetNet(net);
                nf.PinnedNet = net;
                break;
        }
    }
""");

        /// <summary>A borrowed value is not known live at the store: pinning it there would be RO0002's late pin.</summary>
        [Fact]
        public Task Refused_WhenTheValueIsNotKnownLiveAtTheStore() => Refuses("""
    public static void M(Holder h, Holder other)
    {
        NfsdFilePut(other.File);
        {|RO0009:h.File = other.Borrowed|};
    }
""");

        /// <summary>The stored value is computed: repeating it in the acquire would compute it twice.</summary>
        [Fact]
        public Task Refused_WhenTheStoredValueIsACall() => Refuses("""
    public static void M(NfsdFile nf, [Live] Net net)
    {
        {|RO0009:nf.PinnedNet = Same(net)|};
    }

    private static Net Same(Net n) => n;
""");
    }
}
