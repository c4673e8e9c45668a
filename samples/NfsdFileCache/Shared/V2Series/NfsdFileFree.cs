using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_free() with v2 8/9's put_net().</summary>
    /// <remarks>
    /// At nf_ref == 0, or for a file never published. A file that pins its namespace (NET_HELD) drops the pin after
    /// the last use of nf_net.
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
        // WARN_ON_ONCE(!list_empty(&nf->nf_lru)): better to leak than to free a file the LRU still links
        // (the leak keeps the namespace pin too).
        if (nf.OnLru)
        {
            Warn(ViolationKind.LeakedOnLru, $"nfsd_file_free({nf}) while still on the LRU");
            return;
        }
        if (nf.TestBit(NfsdFileFlags.NetHeld))
            PutNet(nf.NfNet);
        CallRcu(() => NfsdFileSlabFree(nf));
    }
}
