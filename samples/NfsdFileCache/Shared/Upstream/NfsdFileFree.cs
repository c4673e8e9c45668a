using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_free() (upstream).</summary>
    /// <remarks>
    /// At nf_ref == 0, or for a file never published. It needs the fsnotify group, nfsd_file_slab (until the RCU
    /// callback has run) and, on a write error, nf_net's nfsd_net.
    /// </remarks>
    [Releases("nf")]
    public void NfsdFileFree(NfsdFile nf)
    {
        NfsdFileUnhash(nf);
        if (nf.NfMark != null)
            NfsdFileMarkPut(nf.NfMark);
        if (nf.NfFile != null)
        {
            NfsdFileCheckWriteError(nf);
            NfsdFilpClose(nf.NfFile);
        }
        // WARN_ON_ONCE(!list_empty(&nf->nf_lru)): better to leak than to free a file the LRU still links.
        if (nf.OnLru)
        {
            Warn(ViolationKind.LeakedOnLru, $"nfsd_file_free({nf}) while still on the LRU");
            return;
        }
        CallRcu(() => NfsdFileSlabFree(nf));
    }
}
