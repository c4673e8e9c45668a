using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.LockRequiredAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    /// <summary>RO0005 on writes: a [LiveUnderLock(L)] member is written with L held (Clang's GUARDED_BY).</summary>
    public partial class LockRequiredTests
    {
        private const string Queue = """
    }

    public sealed class Queue
    {
        [LiveUnderLock("gc")] public NfsdFile? Head;

        public Queue(NfsdFile first) { Head = first; }
    }

    public static class Writers
    {
""";

        [Fact]
        public Task WriteWithoutTheLock_NamesTheMember() =>
            Verify.VerifyAsync(
                Snippet.Class(Queue + """
    public static void M(Queue q, NfsdFile nf)
    {
        NfsdFilePut(nf);
        {|#0:q.Head = null|};
    }
"""),
                Verify.Diagnostic("RO0005").WithLocation(0).WithArguments("q.Head = null", "gc", ": writing 'Head', which is [LiveUnderLock(\"gc\")], races with its readers"));

        [Fact]
        public Task Valid_WriteUnderTheLock() => Diagnose(Queue + """
    public static void M(Queue q, NfsdFile nf)
    {
        NfsdFilePut(nf);
        GcLock();
        q.Head = null;
        GcUnlock();
    }
""");

        [Fact]
        public Task Valid_WriteToAnObjectNobodyElseSeesYet() => Diagnose(Queue + """
    public static Queue M(NfsdFile nf)
    {
        NfsdFilePut(nf);
        var q = new Queue(null!);
        q.Head = null;
        return q;
    }
""");
    }
}
