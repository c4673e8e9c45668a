using System.Collections.Generic;
using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_dispose_list_delayed() with the pin taken at allocation: move each isolated file to its namespace's dispose list.</summary>
    public void NfsdFileDisposeListDelayed([Live] List<NfsdFile> dispose)
    {
        foreach (NfsdFile nf in dispose)
        {
            // The file has pinned its namespace since nfsd_file_alloc(), so nf_net is live for as long as the
            // file is (R5b).
            NfsdNet nn = NetGeneric(nf.NfNet, NfsdNetId);
            NfsdFileQueueOnNetDisposeList(nn, nf);
        }
        dispose.Clear();
    }
}
