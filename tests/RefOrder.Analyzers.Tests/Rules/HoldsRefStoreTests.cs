using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.HoldsRefStoreAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0009: a store into a [HoldsRef] member hands over a reference the method holds.</summary>
    public class HoldsRefStoreTests
    {
        private static Task Diagnose(string members) => Verify.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task StoreWithoutThePin_AtTheStoreWithTheMember() => Diagnose("""
    public static void M(NfsdFile nf, [Live] Net net)
    {
        GetNet(net);
        PutNet(net);
        {|RO0009:nf.PinnedNet = net|};
    }
""");

        [Fact]
        public Task StoreOfABorrowedValue() => Diagnose("""
    public static void M(Holder h, Holder other)
    {
        NfsdFilePut(other.File);
        {|RO0009:h.File = other.Borrowed|};
    }
""");

        [Fact]
        public Task Valid_PinTakenThenStored() => Diagnose("""
    public static void M(NfsdFile nf, [Live] Net net)
    {
        GetNet(net);
        nf.PinnedNet = net;
    }
""");

        [Fact]
        public Task Valid_NullAndNewObjects() => Diagnose("""
    public static void M(Holder h, Net net)
    {
        GetNet(net);
        PutNet(net);
        h.File = null!;
        h.File = new NfsdFile();
    }
""");

        [Fact]
        public Task Valid_HandedOverByTheCaller() => Diagnose("""
    [Releases("nf")]
    public static void M(Holder h, NfsdFile nf)
    {
        h.File = nf;
    }
""");

        [Fact]
        public Task ABodyWhoseOnlyContractIsTheStore_IsChecked() => Diagnose("""
    public static void M(NfsdFile nf, [Live] Net net)
    {
        {|RO0009:nf.PinnedNet = net|};
    }
""");
    }
}
