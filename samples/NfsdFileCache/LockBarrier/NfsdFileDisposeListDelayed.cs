using System.Collections.Generic;
using RefOrder;

namespace NfsdFileCache;

public sealed partial class Kernel
{
    /// <summary>Port of nfsd_file_dispose_list_delayed() in the v4 fix: move each isolated file to its namespace's dispose list, under nfsd_gc_lock.</summary>
    [RequiresLock("nfsd_gc_lock")]
    public void NfsdFileDisposeListDelayed([Live] List<NfsdFile> dispose)
    {
        AssertNfsdGcLockHeld("nfsd_file_dispose_list_delayed");
        foreach (NfsdFile nf in dispose)
        {
            // The caller has held nfsd_gc_lock since it isolated the file, and per-net shutdown takes that lock
            // before it drains this namespace's list: the namespace cannot go meanwhile (R5a).
            NfsdNet nn = NetGeneric(nf.NfNet, NfsdNetId);
            NfsdFileQueueOnNetDisposeList(nn, nf);
        }
        dispose.Clear();
    }
}
