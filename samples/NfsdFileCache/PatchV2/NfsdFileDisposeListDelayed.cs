using System.Collections.Generic;
using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_dispose_list_delayed() as v2 8/9 posted it: pin each file's namespace, then move the file to its dispose list.</summary>
    public void NfsdFileDisposeListDelayed([Live] List<NfsdFile> dispose)
    {
        foreach (NfsdFile nf in dispose)
        {
            // v2's comment says the callers always run before nfsd_net_exit(), so nf_net is still live here. It
            // is not: the file left the LRU in the walk and holds no reference, so the get_net() is taken at the
            // consuming end of the window it is meant to close (R5). The matching put_net() is in nfsd_file_free().
            GetNet(nf.NfNet);
            nf.SetBit(NfsdFileFlags.NetHeld);

            NfsdNet nn = NetGeneric(nf.NfNet, NfsdNetId);
            NfsdFileQueueOnNetDisposeList(nn, nf);
        }
        dispose.Clear();
    }
}
