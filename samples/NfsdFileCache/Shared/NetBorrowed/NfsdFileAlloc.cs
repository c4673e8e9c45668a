using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_alloc(): a new file holding the constructing caller's reference; nf_net is borrowed.</summary>
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
        // No get_net(): the caller guarantees the namespace now, and R4's reachability is all that keeps it later.
        nf.NfNet = net;
        return nf;
    }
}
