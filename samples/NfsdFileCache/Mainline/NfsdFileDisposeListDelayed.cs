using System.Collections.Generic;
using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_dispose_list_delayed(): move each isolated file to its namespace's dispose list.</summary>
    public void NfsdFileDisposeListDelayed([Live] List<NfsdFile> dispose)
    {
        foreach (NfsdFile nf in dispose)
        {
            // nf_net is borrowed, and since its isolation the file is reachable by nothing per-net teardown
            // looks at: the namespace may already be gone (R4). This is what the series set out to fix.
            NfsdNet nn = NetGeneric(nf.NfNet, NfsdNetId);
            NfsdFileQueueOnNetDisposeList(nn, nf);
        }
        dispose.Clear();
    }
}
