using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_check_write_error(): a pending writeback error resets the namespace's write verifier.</summary>
    private void NfsdFileCheckWriteError([Live] NfsdFile nf)
    {
        OpenFile? file = nf.NfFile;
        if (file == null || !file.Writable || !file.WriteError)
            return;
        // nf_net is borrowed. Only nfsd_file_free() calls this, and a file reaches its free through the per-net
        // purge, the per-net dispose list, an nfsd thread of the namespace, or the last put of a holder whose
        // nfsd_net reference per-net shutdown drains: each runs before the namespace can be torn down.
        Liveness.Assume(nf.NfNet, "R4: a file being freed is still reachable (purge, per-net dispose list, nfsd thread, or an R1-drained holder), so nf_net is live");
        NfsdResetWriteVerifier(NetGeneric(nf.NfNet, NfsdNetId));
    }
}
