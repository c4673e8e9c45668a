using System.Collections.Generic;
using System.Threading;
using RefOrder;

namespace NfsdFileCache;

// Disposal: queueing files whose count reached zero and freeing them. nfsd_file_dispose_list_delayed(), the
// function the review is about, is in each variant's own folder.
public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_cond_queue(): unhash the file, and queue it for freeing if nobody else holds it.</summary>
    [RequiresLock("rcu")]
    private void NfsdFileCondQueue(NfsdFile nf, List<NfsdFile> dispose)
    {
        int decrement = 1;

        // Someone else unhashed it first: theirs to deal with.
        if (!NfsdFileUnhash(nf))
            return;

        // The count already reached zero: someone else owns the final free.
        if (NfsdFileGet(nf) == null)
            return;

        // Taking it off the LRU makes the LRU's reference ours to drop too.
        if (NfsdFileLruRemove(nf))
            decrement++;

        // A file with another holder (a LOCALIO I/O, say) is merely unhashed; its last put frees it later.
        if (Interlocked.Add(ref nf.NfRef, -decrement) == 0)
            dispose.Add(nf);
    }

    /// <summary>Port of nfsd_file_dispose_list(): free every file of a private list, synchronously.</summary>
    private void NfsdFileDisposeList(List<NfsdFile> dispose)
    {
        foreach (NfsdFile nf in dispose)
            NfsdFileFree(nf);
        dispose.Clear();
    }

    /// <summary>Port of nfsd_file_net_dispose(): an nfsd thread of the namespace frees up to eight queued files.</summary>
    public void NfsdFileNetDispose(NfsdNet nn)
    {
        List<NfsdFile> dispose = new();
        nn.FcacheDisposeLock.Lock(Sched);
        while (dispose.Count < 8 && nn.FcacheDisposeList.Count > 0)
        {
            dispose.Add(nn.FcacheDisposeList[0]);
            nn.FcacheDisposeList.RemoveAt(0);
        }
        // More left: another thread will take them.
        Serv? serv = nn.NfsdServ;
        if (nn.FcacheDisposeList.Count > 0 && serv != null)
            SvcWakeUp(serv);
        nn.FcacheDisposeLock.Unlock();
        NfsdFileDisposeList(dispose);
    }

    /// <summary>Part of nfsd_file_dispose_list_delayed(), after net_generic(): move the file to the namespace's dispose list.</summary>
    /// <remarks>
    /// The variants' versions differ before this point (the pin, the lock); this is what they all do with the
    /// namespace's storage once they have it.
    /// </remarks>
    private void NfsdFileQueueOnNetDisposeList(NfsdNet nn, NfsdFile nf)
    {
        nn.FcacheDisposeLock.Lock(Sched);
        nn.FcacheDisposeList.Add(nf);
        nn.FcacheDisposeLock.Unlock();

        // The laundrette is shut down after nn->nfsd_serv is cleared but before the serv is freed.
        Serv? serv = nn.NfsdServ;
        if (serv != null)
            SvcWakeUp(serv);
    }

    /// <summary>Part of nfsd_file_cache_shutdown_net(): free everything on the namespace's dispose list.</summary>
    private void NfsdFileDisposeNetList(NfsdNet nn)
    {
        List<NfsdFile> dispose = new();
        nn.FcacheDisposeLock.Lock(Sched);
        dispose.AddRange(nn.FcacheDisposeList);
        nn.FcacheDisposeList.Clear();
        nn.FcacheDisposeLock.Unlock();
        NfsdFileDisposeList(dispose);
    }

    /// <summary>Port of nfsd_file_queue_for_close(): queue every GC file of the inode, in any namespace.</summary>
    private void NfsdFileQueueForClose(Inode inode, List<NfsdFile> dispose)
    {
        RcuReadLock();
        foreach (NfsdFile nf in NfsdFileHashSnapshot(inode))
        {
            if (nf.TestBit(NfsdFileFlags.Gc))
                NfsdFileCondQueue(nf, dispose);
        }
        RcuReadUnlock();
    }

    /// <summary>Port of svc_wake_up(): nudge an nfsd thread of the service.</summary>
    private static void SvcWakeUp(Serv serv)
    {
        Interlocked.Increment(ref serv.Wakeups);
    }
}
