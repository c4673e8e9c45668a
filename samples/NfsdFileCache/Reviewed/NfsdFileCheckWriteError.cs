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
        // The file pins nf_net until nfsd_file_free() has finished with it.
        NfsdResetWriteVerifier(NetGeneric(nf.NfNet, NfsdNetId));
    }
}
