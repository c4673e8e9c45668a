using RefOrder;

namespace NfsdFileCache;

public sealed partial class NfsdFile
{
    /// <summary>nf_net.</summary>
    /// <remarks>
    /// Pinned. nfsd_file_alloc() takes the reference where its caller guarantees the namespace is live, and
    /// nfsd_file_free() drops it after the last use of nf_net (v1; the review's "at alloc time").
    /// </remarks>
    [HoldsRef(Counter = "net")]
    public Net NfNet = null!;
}
