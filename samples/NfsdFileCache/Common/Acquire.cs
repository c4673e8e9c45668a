using RefOrder;

namespace NfsdFileCache;

// The lookup and construction side: nfsd_file_do_acquire() and what it calls. nfsd_file_alloc() is per
// variant (Shared/NetBorrowed, Reviewed): it is where v1 and the review pin the namespace.
public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_get(): NULL-tolerant refcount_inc_not_zero(); the caller is in an RCU read section or holds a reference.</summary>
    [TryAcquires("return")]
    public NfsdFile? NfsdFileGet(NfsdFile? nf)
    {
        if (nf == null)
            return null;
        CheckFile(nf, "nfsd_file_get");
        return Refcount.IncNotZero(ref nf.NfRef) ? nf : null;
    }

    /// <summary>Port of nfsd_file_acquire_gc(): an nfsd thread's file, kept on the LRU after its last put.</summary>
    [TryAcquires("return")]
    [Aliases("return.NfNet", "net")]
    public NfsdFile? NfsdFileAcquireGc([Live] Net net, Inode inode, NfsdMay may)
    {
        return NfsdFileDoAcquire(net, inode, may, wantGc: true);
    }

    /// <summary>Port of nfsd_file_acquire_local(): a LOCALIO file (not garbage-collected).</summary>
    [TryAcquires("return")]
    [Aliases("return.NfNet", "net")]
    public NfsdFile? NfsdFileAcquireLocal([Live] Net net, Inode inode, NfsdMay may)
    {
        return NfsdFileDoAcquire(net, inode, may, wantGc: false);
    }

    /// <summary>Port of nfsd_file_do_acquire() (its reference-relevant part).</summary>
    /// <remarks>
    /// A hashed file of the namespace with a reference for the caller. The callers guarantee the namespace is live:
    /// an nfsd thread serving it, or LOCALIO holding an nfsd_net reference on it.
    /// </remarks>
    [TryAcquires("return")]
    [Aliases("return.NfNet", "net")]
    public NfsdFile? NfsdFileDoAcquire([Live] Net net, Inode inode, NfsdMay may, bool wantGc)
    {
        RcuReadLock();
        NfsdFile? nf = NfsdFileLookupLocked(net, inode, may, wantGc);
        RcuReadUnlock();
        if (nf != null)
            return nf;

        NfsdFile? newFile = NfsdFileAlloc(net, inode, may, wantGc);
        if (newFile == null)
            return null;

        // Look again under inode->i_lock before publishing: another thread may have won.
        RcuReadLock();
        lock (inode)
        {
            nf = NfsdFileLookupLocked(net, inode, may, wantGc);
            if (nf == null)
                NfsdFileHashInsert(newFile);
        }
        RcuReadUnlock();
        if (nf != null)
        {
            // Lost the race: the new file was never visible to anyone, so it is freed directly.
            NfsdFileFree(newFile);
            return nf;
        }

        // Construction: the inode's mark, the open file, and for GC files the LRU's own reference.
        NfsdFileMark? mark = NfsdFileMarkFindOrCreate(inode);
        if (mark == null)
        {
            NfsdFileUnhash(newFile);
            NfsdFilePut(newFile);
            return null;
        }
        newFile.NfMark = mark;
        newFile.NfFile = NfsdOpenVerified(inode, may);
        if (wantGc)
            NfsdFileLruAdd(newFile);
        newFile.ClearBit(NfsdFileFlags.Pending);
        return newFile;
    }

    /// <summary>Port of nfsd_file_lookup_locked(): a hash lookup that takes the caller's reference.</summary>
    [TryAcquires("return")]
    [Aliases("return.NfNet", "net")]
    [RequiresLock("rcu")]
    private NfsdFile? NfsdFileLookupLocked(Net net, Inode inode, NfsdMay may, bool wantGc)
    {
        foreach (NfsdFile nf in NfsdFileHashSnapshot(inode))
        {
            if (nf.NfNet != net || nf.NfMay != may || nf.TestBit(NfsdFileFlags.Gc) != wantGc)
                continue;
            NfsdFile? found = NfsdFileGet(nf);
            if (found != null)
                return found;
        }
        return null;
    }

    /// <summary>Port of the rhltable_insert() in nfsd_file_do_acquire(): the hash holds no reference, only the HASHED bit.</summary>
    private void NfsdFileHashInsert(NfsdFile nf)
    {
        lock (_hashLock)
        {
            _rhltable.Add(nf);
        }
    }

    /// <summary>Port of nfsd_file_unhash(): true if this call took the file out of the hash.</summary>
    private bool NfsdFileUnhash(NfsdFile nf)
    {
        if (!nf.TestAndClearBit(NfsdFileFlags.Hashed))
            return false;
        lock (_hashLock)
        {
            _rhltable.Remove(nf);
        }
        return true;
    }

    /// <summary>Port of nfsd_file_mark_find_or_create(): the inode's nfsd mark, with a reference for the file.</summary>
    [TryAcquires("return")]
    private NfsdFileMark? NfsdFileMarkFindOrCreate(Inode inode)
    {
        FsnotifyGroup group = NfsdFileFsnotifyGroup;
        lock (group.Marks)
        {
            if (group.Marks.TryGetValue(inode, out NfsdFileMark? found) && Refcount.IncNotZero(ref found.NfmRef))
                return found;
            NfsdFileMarkSlab.Alloc($"mark on {inode}");
            NfsdFileMark nfm = new(inode);
            nfm.NfmRef = 1;
            group.Marks[inode] = nfm;
            return nfm;
        }
    }

    /// <summary>Port of nfsd_open_verified(): the open itself, reduced to its result.</summary>
    private static OpenFile NfsdOpenVerified(Inode inode, NfsdMay may)
    {
        return new OpenFile(inode, writable: (may & NfsdMay.Write) != 0);
    }

    /// <summary>A file that went back to the slab must not be touched again.</summary>
    private void CheckFile(NfsdFile nf, string function)
    {
        if (nf.Freed)
            throw Oops(ViolationKind.FileUseAfterFree, $"{function}({nf}) after nfsd_file_slab_free()");
    }
}
