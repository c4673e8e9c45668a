using RefOrder;

namespace NfsdFileCache;

public sealed partial class NfsdFile
{
    /// <summary>nf_net.</summary>
    /// <remarks>
    /// Borrowed, but live while nfsd_gc_lock is held: the walkers hold it from isolating a file until it sits on its
    /// namespace's dispose list, and per-net shutdown takes it as a barrier before draining that list (v4; R5a).
    /// </remarks>
    [LiveUnderLock("nfsd_gc_lock")]
    public Net NfNet = null!;
}
