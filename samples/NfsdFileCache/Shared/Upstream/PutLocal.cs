using System.Threading;
using RefOrder;

namespace NfsdFileCache;

// The upstream put-local API, before v2 8/9 and again in the v4 fix: nfsd puts the file and hands the
// namespace back; the NFS client then puts the paired nfsd_net reference. File first, guard last (R2).

public partial interface INfsdLocalioOperations
{
    /// <summary>nfs_to-&gt;nfsd_file_put_local: nfsd_file_put_local() (upstream).</summary>
    /// <remarks>The namespace it returns is the file's nf_net, whose paired nfsd_net reference the caller puts.</remarks>
    [Releases("pnf")]
    [Aliases("return", "pnf.NfNet")]
    Net? NfsdFilePutLocal(ref NfsdFile? pnf);
}

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_put_local() (upstream).</summary>
    /// <remarks>
    /// Put the file reference cached in *pnf and return its namespace, whose paired nfsd_net reference the caller
    /// puts next.
    /// </remarks>
    [Releases("pnf")]
    [Aliases("return", "pnf.NfNet")]
    public Net? NfsdFilePutLocal(ref NfsdFile? pnf)
    {
        // xchg(): take the caller's pointer, and the reference that comes with it, in one step.
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        Net? net = null;
        if (nf != null)
        {
            // Save the namespace first: nfsd_file_put() may free nf.
            net = nf.NfNet;
            NfsdFilePut(nf);
        }
        return net;
    }

    /// <summary>Port of nfs_to_nfsd_file_put_local() (upstream).</summary>
    /// <remarks>
    /// The file goes back through nfsd first, then the nfsd_net reference paired with it. No RCU around the first
    /// call: nfsd_file_put() can sleep.
    /// </remarks>
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public void NfsToNfsdFilePutLocal(ref NfsdFile? pnf)
    {
        Net? net = NfsTo.NfsdFilePutLocal(ref pnf);
        if (net != null)
            NfsToNfsdNetPut(net);
    }
}
