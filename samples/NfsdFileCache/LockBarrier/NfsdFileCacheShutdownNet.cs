using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_cache_shutdown_net() in the v4 fix.</summary>
    /// <remarks>
    /// Purge, then take and drop nfsd_gc_lock as a barrier, so that any walker holding a file of this namespace
    /// between isolation and enqueue has finished, then free what the namespace's dispose list holds.
    /// </remarks>
    public void NfsdFileCacheShutdownNet([Live] Net net)
    {
        NfsdFileCachePurge(net);
        // The barrier: a walker between isolating a file and queueing it holds nfsd_gc_lock.
        NfsdGcLock();
        NfsdGcUnlock();
        NfsdFileDisposeNetList(NetGeneric(net, NfsdNetId));
    }
}
