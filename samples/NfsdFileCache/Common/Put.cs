using System.Threading;
using RefOrder;

namespace NfsdFileCache;

// The put side. nfsd_file_free() and nfsd_file_check_write_error() are per variant (Shared/Upstream,
// Shared/V2Series; Shared/NetBorrowed, Reviewed): v2 8/9 adds a put_net() to the first, and whether the
// second may dereference nf_net depends on whether the file pins its namespace.
public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_put(): the final put frees the file synchronously, in the caller's context.</summary>
    [Releases("nf")]
    public void NfsdFilePut(NfsdFile nf)
    {
        // might_sleep(): the close in nfsd_file_free() can sleep deep in the filesystem.
        AssertMaySleep("nfsd_file_put");
        CheckFile(nf, "nfsd_file_put");
        if (nf.TestBit(NfsdFileFlags.Gc) && nf.TestBit(NfsdFileFlags.Hashed))
        {
            // Aging hints for the GC: keep a file that is still in use.
            nf.SetBit(NfsdFileFlags.Referenced);
            nf.SetBit(NfsdFileFlags.Recent);
        }
        if (Interlocked.Decrement(ref nf.NfRef) == 0)
            NfsdFileFree(nf);
        Sched.Point("after nfsd_file_put");
    }

    /// <summary>Port of nfsd_file_slab_free(): the RCU callback that returns the file to nfsd_file_slab.</summary>
    [Releases("nf")]
    public void NfsdFileSlabFree(NfsdFile nf)
    {
        if (nf.Freed)
            throw Oops(ViolationKind.DoubleFree, $"nfsd_file_slab_free({nf}) twice");
        // put_cred(nf->nf_cred) is not modelled.
        NfsdFileSlab.Free(nf.ToString());
        nf.Freed = true;
    }

    /// <summary>Port of nfsd_file_mark_put(): the last put destroys the mark in nfsd's fsnotify group and frees it.</summary>
    [Releases("nfm")]
    public void NfsdFileMarkPut(NfsdFileMark nfm)
    {
        if (Interlocked.Decrement(ref nfm.NfmRef) != 0)
            return;
        FsnotifyGroup group = NfsdFileFsnotifyGroup;
        if (group.Destroyed)
            throw Oops(ViolationKind.MarkPutOnDestroyedGroup, $"fsnotify_destroy_mark(mark on {nfm.Inode}) after nfsd's fsnotify group was put");
        lock (group.Marks)
        {
            group.Marks.Remove(nfm.Inode);
        }
        NfsdFileMarkSlab.Free($"mark on {nfm.Inode}");
    }

    /// <summary>Port of nfsd_filp_close(): fput() and the close; may sleep.</summary>
    private static void NfsdFilpClose(OpenFile file)
    {
        file.Closed = true;
    }

    /// <summary>Port of nfsd_reset_write_verifier(): a write error changes the namespace's write verifier.</summary>
    private static void NfsdResetWriteVerifier(NfsdNet nn)
    {
        nn.WriteVerifierResets++;
    }
}
