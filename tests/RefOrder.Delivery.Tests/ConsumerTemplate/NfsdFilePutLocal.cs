using System.Threading;
using RefOrder;

namespace Consumer;

public sealed partial class Kernel
{
    // nfsd_file_put_local() as v2 8/9 posted it: the guard (nfsd_net) put comes before the file put.
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public void NfsdFilePutLocal(ref NfsdFile? pnf)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(nf);
        }
    }
}
