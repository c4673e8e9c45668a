using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_alloc() with the namespace pinned (v1, the review's fix): a new file holding the constructing caller's reference and a reference on its namespace.</summary>
    [TryAcquires("return")]
    [Aliases("return.NfNet", "net")]
    public NfsdFile? NfsdFileAlloc([Live] Net net, Inode inode, NfsdMay may, bool wantGc)
    {
        NfsdFileSlab.Alloc($"nfsd_file of {inode}");
        NfsdFile nf = new(inode, may);
        nf.NfRef = 1;
        nf.SetBit(NfsdFileFlags.Hashed | NfsdFileFlags.Pending);
        if (wantGc)
            nf.SetBit(NfsdFileFlags.Gc);
        // The pin is taken here, the one place where the caller guarantees the namespace is live (an nfsd thread
        // serving it, or LOCALIO holding an nfsd_net reference); nfsd_file_free() drops it (R5b).
        GetNet(net);
        nf.SetBit(NfsdFileFlags.NetHeld);
        nf.NfNet = net;
        return nf;
    }
}
