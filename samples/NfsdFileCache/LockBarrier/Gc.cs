using System.Collections.Generic;

namespace NfsdFileCache;

// The walkers in the v4 fix (linux-nfs/nfsd @ 18c4be5b): nfsd_gc_lock is held from isolating a file until it
// sits on its namespace's dispose list, so per-net shutdown's barrier waits for any walker in between (R5a).
public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_gc() in the v4 fix: the delayed dispose runs inside nfsd_gc_lock.</summary>
    public void NfsdFileGc()
    {
        List<NfsdFile> dispose = new();
        NfsdGcLock();
        NfsdFileLruWalk(NfsdFileGcCb, dispose);
        Sched.Point("nfsd_file_gc: isolated, before dispose");
        NfsdFileDisposeListDelayed(dispose);
        NfsdGcUnlock();
    }

    /// <summary>Port of nfsd_file_close_inode() in the v4 fix: queue and dispose the inode's GC files under nfsd_gc_lock.</summary>
    public void NfsdFileCloseInode(Inode inode)
    {
        List<NfsdFile> dispose = new();
        NfsdGcLock();
        NfsdFileQueueForClose(inode, dispose);
        NfsdFileDisposeListDelayed(dispose);
        NfsdGcUnlock();
    }
}
