using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_cache_shutdown_net() (before v4).</summary>
    /// <remarks>
    /// Purge the namespace's files, then free what its dispose list holds. Nothing here waits for a walker that has
    /// isolated a file of this namespace and not yet queued it.
    /// </remarks>
    public void NfsdFileCacheShutdownNet([Live] Net net)
    {
        NfsdFileCachePurge(net);
        NfsdFileDisposeNetList(NetGeneric(net, NfsdNetId));
    }
}
