using System.Collections.Generic;

namespace NfsdFileCache;

// The walkers as in 070a542 and 4b4c49a (and v2 8/9): nfsd_gc_lock covers the LRU walk only, so between
// isolating a file and queueing it on its namespace's dispose list the file is on the walker's private list
// alone, reachable by nothing per-net teardown looks at (R4, R7).
public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_gc(): the laundrette's walk; nfsd_gc_lock is dropped before the delayed dispose.</summary>
    public void NfsdFileGc()
    {
        List<NfsdFile> dispose = new();
        NfsdGcLock();
        NfsdFileLruWalk(NfsdFileGcCb, dispose);
        NfsdGcUnlock();
        Sched.Point("nfsd_file_gc: isolated, before dispose");
        NfsdFileDisposeListDelayed(dispose);
    }

    /// <summary>Port of nfsd_file_close_inode(): the fsnotify and lease callback queues the inode's GC files for delayed close.</summary>
    public void NfsdFileCloseInode(Inode inode)
    {
        List<NfsdFile> dispose = new();
        NfsdFileQueueForClose(inode, dispose);
        NfsdFileDisposeListDelayed(dispose);
    }
}
