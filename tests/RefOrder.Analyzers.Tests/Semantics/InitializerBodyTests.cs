using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// Issue 12, item 7: field and property initializers and the expression bodies of properties and indexers are
    /// bodies too, and so are the lambdas written in them.
    /// </summary>
    public class InitializerBodyTests
    {
        /// <summary>A file slot (the prelude's nfsd vocabulary) whose members are written without method bodies.</summary>
        private static Task Slot(string members) => AllAnalyzersVerifier.VerifyAsync(Snippet.Class("""
    public sealed class Slot
    {
        [HoldsRef] public NfsdFile File = new NfsdFile();
        public NfsdFile Borrowed = new NfsdFile();

""" + members + """
    }
"""));

        [Fact]
        public Task LambdaInFieldInitializer_UseAfterPut_IsReported() => Slot("""
        public Action<NfsdFile> Drop = nf =>
        {
            NfsdFilePut(nf);
            Touch({|RO0003:nf|});
        };

        public static readonly Func<NfsdFile, int> FlagsOf = nf =>
        {
            NfsdFilePut(nf);
            return {|RO0003:nf.Flags|};
        };
""");

        [Fact]
        public Task Valid_LambdaInFieldInitializer_PutLast() => Slot("""
        public Action<NfsdFile> Drop = nf =>
        {
            Touch(nf);
            NfsdFilePut(nf);
        };
""");

        [Fact]
        public Task ExpressionBodiedPropertyAndIndexer_BorrowedPointer_IsReported() => Slot("""
        public NfsdNet Generic => NetGeneric({|RO0004:Borrowed.NfNet|}, 1);

        public NfsdNet this[int id] => NetGeneric({|RO0004:Borrowed.NfNet|}, id);
""");

        [Fact]
        public Task Valid_ExpressionBodiedPropertyAndIndexer_PinnedNet() => Slot("""
        public NfsdNet Generic => NetGeneric(File.PinnedNet, 1);

        public NfsdNet this[int id] => NetGeneric(File.PinnedNet, id);
""");

        [Fact]
        public Task PropertyAndFieldInitializers_NetNotKnownLive_IsReported() => Slot("""
        public NfsdNet Generic { get; } = NetGeneric({|RO0004:FindNet(1)|}!, 1);

        public NfsdNet Other = NetGeneric({|RO0004:FindNet(2)|}!, 2);
""");

        [Fact]
        public Task Valid_PropertyAndFieldInitializers_NewNet() => Slot("""
        public NfsdNet Generic { get; } = NetGeneric(new Net(), 1);

        public NfsdNet Other = NetGeneric(new Net(), 2);
""");
    }
}
