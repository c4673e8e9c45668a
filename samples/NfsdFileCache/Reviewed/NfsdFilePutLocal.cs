using System.Threading;
using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_put_local() with the v2 8/9 API.</summary>
    /// <remarks>
    /// Drop the file reference cached in *pnf and the nfsd_net reference paired with it.
    /// </remarks>
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public void NfsdFilePutLocal(ref NfsdFile? pnf)
    {
        // xchg(): take the caller's pointer, and the references that come with it, in one step.
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            // Save the namespace first: nfsd_file_put() may free nf.
            Net net = nf.NfNet;
            NfsdFilePut(nf);
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }
    }
}
