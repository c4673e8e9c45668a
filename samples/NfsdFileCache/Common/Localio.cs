using System;
using System.Collections.Generic;
using System.Threading;
using RefOrder;

namespace NfsdFileCache;

/// <summary>FMODE_* bits.</summary>
[Flags]
public enum FMode
{
    /// <summary>FMODE_READ.</summary>
    Read = 1,

    /// <summary>FMODE_WRITE.</summary>
    Write = 2,
}

/// <summary>struct nfsd_localio_operations.</summary>
/// <remarks>
/// The table through which the NFS client calls nfsd (nfs_to). Calls through it are checked against the contracts
/// declared here. nfsd_file_put_local is declared with each variant's API (Shared/Upstream, Shared/V2Series).
/// </remarks>
public partial interface INfsdLocalioOperations
{
    /// <summary>nfs_to-&gt;nfsd_net_try_get: nfsd_net_try_get().</summary>
    [TryAcquires("net", Counter = "nfsd_net")]
    [RequiresLock("rcu")]
    bool NfsdNetTryGet([Live] Net net);

    /// <summary>nfs_to-&gt;nfsd_net_put: nfsd_net_put().</summary>
    [Releases("net", Counter = "nfsd_net")]
    [RequiresLock("rcu")]
    void NfsdNetPut(Net net);

    /// <summary>nfs_to-&gt;nfsd_open_local_fh: nfsd_open_local_fh().</summary>
    [TryAcquires("return")]
    [TryAcquires("net", Counter = "nfsd_net")]
    [Aliases("return.NfNet", "net")]
    NfsdFile? NfsdOpenLocalFh([Live] Net net, Inode fh, ref NfsdFile? pnf, FMode fmode);
}

/// <summary>nfs_uuid_t: a LOCALIO client's link to the nfsd it found local.</summary>
public sealed class NfsUuid
{
    /// <summary>net: published under RCU; not a counted reference, but live while an RCU reader sees it set.</summary>
    [LiveUnderLock("rcu")]
    public Net? Net;

    /// <summary>lock.</summary>
    public KernelSpinLock Lock { get; } = new("nfs_uuid->lock");

    /// <summary>files: the client's open files that cache an nfsd_file.</summary>
    public List<NfsFileLocalio> Files { get; } = new();
}

/// <summary>struct nfs_client, reduced to its LOCALIO uuid.</summary>
public sealed class NfsClient
{
    /// <summary>A client with the given uuid.</summary>
    public NfsClient(NfsUuid uuid) => ClUuid = uuid;

    /// <summary>cl_uuid.</summary>
    public NfsUuid ClUuid { get; }
}

/// <summary>struct nfs_file_localio: an open file's cached nfsd_files, each paired with an nfsd_net reference (B).</summary>
public sealed class NfsFileLocalio
{
    /// <summary>ro_file.</summary>
    [HoldsRef]
    public NfsdFile? RoFile;

    /// <summary>rw_file.</summary>
    [HoldsRef]
    public NfsdFile? RwFile;
}

/// <summary>struct nfs_local_kiocb: one I/O in flight, holding its own file reference and nfsd_net reference (A).</summary>
public sealed class NfsLocalKiocb
{
    /// <summary>localio.</summary>
    [HoldsRef]
    public NfsdFile? Localio;
}

// nfsd's side of LOCALIO (fs/nfsd/localio.c).
public sealed partial class Kernel
{
    /// <summary>Port of nfsd_open_local_fh().</summary>
    /// <remarks>
    /// A file for LOCALIO, returned with its paired nfsd_net reference (A); on a miss a copy is cached in *pnf with a
    /// pair of its own (B).
    /// </remarks>
    [TryAcquires("return")]
    [TryAcquires("net", Counter = "nfsd_net")]
    [Aliases("return.NfNet", "net")]
    public NfsdFile? NfsdOpenLocalFh([Live] Net net, Inode fh, ref NfsdFile? pnf, FMode fmode)
    {
        NfsdMay may = NfsdMay.Localio;
        if ((fmode & FMode.Read) != 0)
            may |= NfsdMay.Read;
        if ((fmode & FMode.Write) != 0)
            may |= NfsdMay.Write;

        // A: goes back to the caller with the file (R1).
        RcuReadLock();
        if (!NfsdNetTryGet(net))
        {
            RcuReadUnlock();
            return null;
        }
        RcuReadUnlock();

        while (true)
        {
            // The cached copy, read under RCU: its memory is RCU-freed.
            RcuReadLock();
            NfsdFile? localio = NfsdFileGet(pnf);
            RcuReadUnlock();
            if (localio != null)
                return localio;

            localio = NfsdFileAcquireLocal(net, fh, may);
            if (localio == null)
            {
                // Error: drop A.
                RcuReadLock();
                NfsdNetPut(net);
                RcuReadUnlock();
                return null;
            }

            // B: a second nfsd_net reference, for the copy installed in *pnf.
            RcuReadLock();
            if (!NfsdNetTryGet(net))
            {
                // Shutdown has begun: return the file without caching it.
                RcuReadUnlock();
                return localio;
            }
            RcuReadUnlock();
            NfsdFile? install = NfsdFileGet(localio);
            if (install == null || Interlocked.CompareExchange(ref pnf, install, null) == null)
                return localio;

            // Lost the install race to another opener: drop the install reference, B, and the reference we were
            // going to return, then use the winner's copy. B's put is not the last: A is still held (R3).
            NfsdFilePut(install);
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(localio);
        }
    }
}
