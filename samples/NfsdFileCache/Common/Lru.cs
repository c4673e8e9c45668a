using System;
using System.Collections.Generic;
using System.Threading;
using RefOrder;

namespace NfsdFileCache;

/// <summary>enum lru_status: what a list_lru walk callback did with an item.</summary>
public enum LruStatus
{
    /// <summary>LRU_REMOVED: isolated from the list.</summary>
    Removed,

    /// <summary>LRU_ROTATE: moved to the list's tail.</summary>
    Rotate,

    /// <summary>LRU_SKIP: left where it is.</summary>
    Skip,
}

// The LRU and its walkers' callbacks. The walks themselves (nfsd_file_gc, nfsd_file_close_inode) are per
// variant (Shared/GcLockDropped, LockBarrier): v4 holds nfsd_gc_lock across isolate and enqueue.
public sealed partial class Kernel
{
    private readonly object _lruLock = new();
    private readonly List<NfsdFile> _lru = new();
    private readonly KernelSpinLock _nfsdGcLock = new("nfsd_gc_lock");

    /// <summary>Port of spin_lock(&amp;nfsd_gc_lock): serialises the LRU walkers (the GC and the shrinker).</summary>
    [Locks("nfsd_gc_lock")]
    public void NfsdGcLock() => _nfsdGcLock.Lock(Sched);

    /// <summary>Port of spin_unlock(&amp;nfsd_gc_lock).</summary>
    [Unlocks("nfsd_gc_lock")]
    public void NfsdGcUnlock() => _nfsdGcLock.Unlock();

    /// <summary>Port of lockdep_assert_held(&amp;nfsd_gc_lock).</summary>
    internal void AssertNfsdGcLockHeld(string function)
    {
        if (!_nfsdGcLock.HeldByCurrentThread)
            throw new InvalidOperationException($"{function}() called without nfsd_gc_lock");
    }

    /// <summary>Files on nfsd_file_lru.</summary>
    public int LruCount
    {
        get
        {
            lock (_lruLock)
            {
                return _lru.Count;
            }
        }
    }

    /// <summary>Port of nfsd_file_lru_add(): the LRU takes its own reference, a plain increment legal because the caller holds one.</summary>
    [Acquires("nf")]
    private void NfsdFileLruAdd(NfsdFile nf)
    {
        Interlocked.Increment(ref nf.NfRef);
        lock (_lruLock)
        {
            _lru.Add(nf);
            nf.OnLru = true;
        }
    }

    /// <summary>Port of nfsd_file_lru_remove(): true when the caller now owns the LRU's reference.</summary>
    private bool NfsdFileLruRemove(NfsdFile nf)
    {
        lock (_lruLock)
        {
            if (!nf.OnLru)
                return false;
            _lru.Remove(nf);
            nf.OnLru = false;
            return true;
        }
    }

    /// <summary>Port of list_lru_walk().</summary>
    /// <remarks>
    /// Calls <paramref name="isolate"/> once on every file of the LRU, with the list lock held. (The kernel walks
    /// each NUMA node in batches of NFSD_FILE_GC_BATCH; one node and one pass do here.)
    /// </remarks>
    private void NfsdFileLruWalk(Func<NfsdFile, List<NfsdFile>, LruStatus> isolate, List<NfsdFile> dispose)
    {
        lock (_lruLock)
        {
            foreach (NfsdFile nf in _lru.ToArray())
            {
                if (isolate(nf, dispose) == LruStatus.Rotate)
                {
                    _lru.Remove(nf);
                    _lru.Add(nf);
                }
            }
        }
    }

    /// <summary>Port of list_lru_isolate(): the walk callback unlinks the item (list lock held).</summary>
    private void ListLruIsolate(NfsdFile nf)
    {
        lock (_lruLock)
        {
            _lru.Remove(nf);
            nf.OnLru = false;
        }
    }

    /// <summary>Port of nfsd_file_gc_cb(): a second chance for recently used files, else nfsd_file_lru_cb().</summary>
    private LruStatus NfsdFileGcCb(NfsdFile nf, List<NfsdFile> dispose)
    {
        if (nf.TestAndClearBit(NfsdFileFlags.Recent))
        {
            // REFERENCED means "belongs at the LRU's tail", and rotating puts it there.
            nf.ClearBit(NfsdFileFlags.Referenced);
            return LruStatus.Rotate;
        }
        return NfsdFileLruCb(nf, dispose);
    }

    /// <summary>Port of nfsd_file_lru_cb(): isolate a file whose only reference is the LRU's.</summary>
    private LruStatus NfsdFileLruCb(NfsdFile nf, List<NfsdFile> dispose)
    {
        // Files under writeback are skipped in the kernel; the model has no writeback.
        if (nf.TestAndClearBit(NfsdFileFlags.Referenced))
            return LruStatus.Rotate;
        // Never succeeds while anyone else (an nfsd thread, a LOCALIO holder) has a reference (R6).
        if (!Refcount.DecIfOne(ref nf.NfRef))
            return LruStatus.Rotate;
        // At zero, unhashed and off the LRU, the file is on this walker's private list only: invisible to lookups
        // and to the per-net purge, and holding no namespace reference (R4).
        NfsdFileUnhash(nf);
        ListLruIsolate(nf);
        dispose.Add(nf);
        return LruStatus.Removed;
    }
}
