using System.Collections.Generic;
using RefOrder;

namespace NfsdFileCache;

// The NFS client's side of LOCALIO (fs/nfs_common/nfslocalio.c, fs/nfs/localio.c,
// include/linux/nfslocalio.h). nfs_to_nfsd_file_put_local() follows each variant's put-local API
// (Shared/Upstream, Shared/V2Series).
public sealed partial class Kernel
{
    /// <summary>Port of nfs_uuid_is_local(): the LOCALIO handshake found nfsd local; publish its namespace.</summary>
    public void NfsUuidIsLocal(NfsUuid uuid, [Live] Net net)
    {
        NfsdNet nn = NetGeneric(net, NfsdNetId);
        nn.LocalClientsLock.Lock(Sched);
        nn.LocalClients.Add(uuid);
        nn.LocalClientsLock.Unlock();

        // rcu_assign_pointer(nfs_uuid->net, net). The kernel publishes under nfs_uuid->lock, an update-side lock the
        // analysis does not see; the member's readers are live under RCU, and a write of a [LiveUnderLock] member
        // needs that lock (RO0005), so the publish sits in an RCU read section, which holds off no updater.
        RcuReadLock();
        uuid.Net = net;
        RcuReadUnlock();
    }

    /// <summary>Port of nfs_uuid_add_file(): remember an open file that caches nfsd_files; fails once the uuid is torn down.</summary>
    private int NfsUuidAddFile(NfsUuid uuid, NfsFileLocalio nfl)
    {
        int ret = 0;
        uuid.Lock.Lock(Sched);
        if (uuid.Net == null)
            ret = -6; // -ENXIO
        else if (!uuid.Files.Contains(nfl))
            uuid.Files.Add(nfl);
        uuid.Lock.Unlock();
        return ret;
    }

    /// <summary>Port of nfs_uuid_put().</summary>
    /// <remarks>
    /// Unpublish the namespace and drop every cached file together with its paired nfsd_net reference. (The handshake
    /// with a concurrent nfs_close_local_fh() is not modelled.)
    /// </remarks>
    private bool NfsUuidPut(NfsUuid uuid)
    {
        uuid.Lock.Lock(Sched);
        if (uuid.Net == null)
        {
            uuid.Lock.Unlock();
            return false;
        }

        // Unpublish (RCU_INIT_POINTER(nfs_uuid->net, NULL)), in an RCU read section for the reason given above.
        RcuReadLock();
        uuid.Net = null;
        RcuReadUnlock();
        while (uuid.Files.Count > 0)
        {
            NfsFileLocalio nfl = uuid.Files[0];
            uuid.Files.RemoveAt(0);
            uuid.Lock.Unlock();
            NfsToNfsdFilePutLocal(ref nfl.RoFile);
            NfsToNfsdFilePutLocal(ref nfl.RwFile);
            uuid.Lock.Lock(Sched);
        }
        uuid.Lock.Unlock();
        return true;
    }

    /// <summary>Port of nfs_localio_invalidate_clients(): from the per-net purge and from pre_exit.</summary>
    public void NfsLocalioInvalidateClients(List<NfsUuid> localClients, KernelSpinLock localClientsLock)
    {
        localClientsLock.Lock(Sched);
        NfsUuid[] clients = localClients.ToArray();
        localClients.Clear();
        localClientsLock.Unlock();
        foreach (NfsUuid uuid in clients)
            NfsUuidPut(uuid);
    }

    /// <summary>Port of nfs_open_local_fh().</summary>
    /// <remarks>
    /// An nfsd_file with its paired nfsd_net reference, through nfs_to. The uuid's namespace is safe to use under
    /// RCU; the nfsd_net reference C taken there keeps it so until the end.
    /// </remarks>
    [TryAcquires("return")]
    [TryAcquires("return.NfNet", Counter = "nfsd_net")]
    public NfsdFile? NfsOpenLocalFh(NfsUuid uuid, Inode fh, NfsFileLocalio nfl, ref NfsdFile? pnf, FMode fmode)
    {
        RcuReadLock();
        Net? net = uuid.Net;
        if (net == null || !NfsTo.NfsdNetTryGet(net))
        {
            RcuReadUnlock();
            return null;
        }
        RcuReadUnlock();

        NfsdFile? localio = NfsTo.NfsdOpenLocalFh(net, fh, ref pnf, fmode);
        if (localio == null)
        {
            NfsToNfsdNetPut(net);
            return null;
        }
        if (NfsUuidAddFile(uuid, nfl) < 0)
        {
            // Racing with nfs_uuid_put(): drop the copy just cached.
            NfsToNfsdFilePutLocal(ref pnf);
        }
        // C goes; the file goes back to the caller with A, its own pair.
        NfsToNfsdNetPut(net);
        return localio;
    }

    /// <summary>Port of nfs_local_open_fh(): open through the cached slot that matches the mode.</summary>
    [TryAcquires("return")]
    [TryAcquires("return.NfNet", Counter = "nfsd_net")]
    public NfsdFile? NfsLocalOpenFh(NfsClient clp, Inode fh, NfsFileLocalio nfl, FMode mode)
    {
        if ((mode & FMode.Write) != 0)
            return NfsOpenLocalFh(clp.ClUuid, fh, nfl, ref nfl.RwFile, mode);
        return NfsOpenLocalFh(clp.ClUuid, fh, nfl, ref nfl.RoFile, mode);
    }

    /// <summary>Port of nfs_to_nfsd_net_put(): the nfsd_net put, wrapped in RCU so nfsd's module text stays while it returns.</summary>
    [Releases("net", Counter = "nfsd_net")]
    public void NfsToNfsdNetPut(Net net)
    {
        RcuReadLock();
        NfsTo.NfsdNetPut(net);
        RcuReadUnlock();
    }

    /// <summary>Port of nfs_local_file_put(): an I/O's file and its paired nfsd_net reference go back through nfs_to.</summary>
    [Releases("localio")]
    [Releases("localio.NfNet", Counter = "nfsd_net")]
    public void NfsLocalFilePut(NfsdFile localio)
    {
        NfsdFile? nf = localio;
        NfsToNfsdFilePutLocal(ref nf);
    }

    /// <summary>Port of nfs_local_iocb_release(): the I/O completion drops what the I/O held.</summary>
    public void NfsLocalIocbRelease(NfsLocalKiocb iocb)
    {
        NfsdFile? localio = iocb.Localio;
        iocb.Localio = null;
        if (localio != null)
            NfsLocalFilePut(localio);
    }
}
