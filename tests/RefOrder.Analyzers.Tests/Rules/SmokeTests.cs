using System.Threading.Tasks;
using RefOrder.Analyzers.Rules;
using Verify = RefOrder.Analyzers.Tests.Verifiers.AnalyzerVerifier<RefOrder.Analyzers.Rules.PutOrderAnalyzer>;

namespace RefOrder.Analyzers.Tests.Rules
{
    public class SmokeTests
    {
        [Fact]
        public Task PatchV2PutLocal()
        {
            const string source = """
using System.Threading;
using RefOrder;
using static Api;

public static class C
{
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public static void NfsdFilePutLocal(ref NfsdFile? pnf)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;
            RcuReadLock();
            {|#1:NfsdNetPut(net)|};
            RcuReadUnlock();
            {|#0:NfsdFilePut(nf)|};
        }
    }
}
""";
            return Verify.VerifyAsync(source, Verify.Diagnostic("RO0001").WithLocation(0).WithLocation(1)
                .WithArguments("NfsdNetPut(net)", "nfsd_net", "nf", "'NfsdFilePut(nf)' drops 'nf'", "to be freed"));
        }
    }
}
