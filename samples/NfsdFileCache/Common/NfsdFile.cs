using System;
using System.Collections.Generic;
using System.Threading;
using RefOrder;

namespace NfsdFileCache;

/// <summary>nf_flags bits (fs/nfsd/filecache.h).</summary>
[Flags]
public enum NfsdFileFlags
{
    /// <summary>NFSD_FILE_HASHED: in the hash table.</summary>
    Hashed = 1 << 0,

    /// <summary>NFSD_FILE_PENDING: under construction.</summary>
    Pending = 1 << 1,

    /// <summary>NFSD_FILE_REFERENCED: used since the GC last looked.</summary>
    Referenced = 1 << 2,

    /// <summary>NFSD_FILE_GC: garbage-collected (kept on the LRU after its last user).</summary>
    Gc = 1 << 3,

    /// <summary>NFSD_FILE_RECENT: a second chance in nfsd_file_gc_cb().</summary>
    Recent = 1 << 4,

    /// <summary>NFSD_FILE_NET_HELD: added by v2 8/9; the file holds a struct net reference. Unused in Mainline and LockBarrier.</summary>
    NetHeld = 1 << 5,
}

/// <summary>NFSD_MAY_* access bits.</summary>
[Flags]
public enum NfsdMay
{
    /// <summary>NFSD_MAY_READ.</summary>
    Read = 1,

    /// <summary>NFSD_MAY_WRITE.</summary>
    Write = 2,

    /// <summary>NFSD_MAY_LOCALIO.</summary>
    Localio = 4,
}

/// <summary>struct inode, reduced to identity: files and marks are looked up by it.</summary>
public sealed class Inode
{
    /// <summary>An inode named for messages.</summary>
    public Inode(string name) => Name = name;

    /// <summary>A name for messages.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>struct file: an open file of an nfsd_file.</summary>
public sealed class OpenFile
{
    /// <summary>An open file of <paramref name="inode"/>.</summary>
    public OpenFile(Inode inode, bool writable)
    {
        Inode = inode;
        Writable = writable;
    }

    /// <summary>f_inode.</summary>
    public Inode Inode { get; }

    /// <summary>FMODE_WRITE.</summary>
    public bool Writable { get; }

    /// <summary>A writeback error is pending (filemap_check_wb_err() would report it).</summary>
    public bool WriteError;

    /// <summary>Whether the file has been closed.</summary>
    public bool Closed;
}

/// <summary>struct nfsd_file.</summary>
/// <remarks>
/// Its count is nf_ref. Freeing it needs what the nfsd_net reference of its namespace holds off (the slab, the
/// fsnotify group, nfsd's module), so that count guards it (R1, R2). The NfNet member is declared in each
/// variant's NfsdFile.NfNet.cs, because its annotation is what the variants disagree on.
/// </remarks>
[RefCounted]
[GuardedBy(nameof(NfNet), Counter = "nfsd_net")]
public sealed partial class NfsdFile
{
    /// <summary>nf_ref.</summary>
    public int NfRef;

    /// <summary>nf_flags.</summary>
    public int NfFlags;

    /// <summary>A file of <paramref name="inode"/> opened for <paramref name="may"/>; nfsd_file_alloc() sets the rest.</summary>
    public NfsdFile(Inode inode, NfsdMay may)
    {
        NfInode = inode;
        NfMay = may;
    }

    /// <summary>nf_inode: borrowed, like nf_net.</summary>
    public Inode NfInode { get; }

    /// <summary>nf_may.</summary>
    public NfsdMay NfMay { get; }

    /// <summary>nf_mark: the file holds a reference on its inode's mark.</summary>
    [HoldsRef]
    public NfsdFileMark? NfMark;

    /// <summary>nf_file.</summary>
    public OpenFile? NfFile;

    /// <summary>nf_lru is linked into nfsd_file_lru.</summary>
    internal bool OnLru;

    /// <summary>Returned to nfsd_file_slab (by the RCU callback).</summary>
    public bool Freed { get; internal set; }

    /// <summary>test_bit().</summary>
    public bool TestBit(NfsdFileFlags bit) => (Volatile.Read(ref NfFlags) & (int)bit) != 0;

    /// <summary>set_bit().</summary>
    public void SetBit(NfsdFileFlags bit) => Interlocked.Or(ref NfFlags, (int)bit);

    /// <summary>clear_bit().</summary>
    public void ClearBit(NfsdFileFlags bit) => Interlocked.And(ref NfFlags, ~(int)bit);

    /// <summary>test_and_clear_bit().</summary>
    public bool TestAndClearBit(NfsdFileFlags bit) => (Interlocked.And(ref NfFlags, ~(int)bit) & (int)bit) != 0;

    /// <inheritdoc />
    public override string ToString() => $"nfsd_file({NfInode}, {NfNet})";
}

/// <summary>struct nfsd_file_mark: nfsd's fsnotify mark on an inode, shared by that inode's files.</summary>
[RefCounted]
public sealed class NfsdFileMark
{
    /// <summary>nfm_ref.</summary>
    public int NfmRef;

    /// <summary>A mark on <paramref name="inode"/>.</summary>
    public NfsdFileMark(Inode inode) => Inode = inode;

    /// <summary>The marked inode.</summary>
    public Inode Inode { get; }
}

/// <summary>struct fsnotify_group: nfsd's group; its marks die with it.</summary>
public sealed class FsnotifyGroup
{
    /// <summary>The marks of the group, by inode.</summary>
    internal Dictionary<Inode, NfsdFileMark> Marks { get; } = new();

    /// <summary>Whether fsnotify_put_group() dropped the last reference.</summary>
    public bool Destroyed { get; internal set; }
}
