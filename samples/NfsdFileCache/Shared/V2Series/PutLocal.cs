using RefOrder;

namespace NfsdFileCache;

// The put-local API of v2 8/9, which the review kept: nfsd_file_put_local() returns void and drops both the
// file reference and its paired nfsd_net reference itself. Its body is in PatchV2/ and Reviewed/: the two
// differ only in the order of the puts.

public partial interface INfsdLocalioOperations
{
    /// <summary>nfs_to-&gt;nfsd_file_put_local: nfsd_file_put_local() (v2 8/9 API).</summary>
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    void NfsdFilePutLocal(ref NfsdFile? pnf);
}

public sealed partial class Kernel
{
    /// <summary>Port of nfs_to_nfsd_file_put_local() after v2 8/9: nfsd drops both references.</summary>
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public void NfsToNfsdFilePutLocal(ref NfsdFile? pnf)
    {
        NfsTo.NfsdFilePutLocal(ref pnf);
    }
}
