using System;
using System.Collections.Generic;
using RefOrder;

namespace NfsdFileCache;

// The global file cache (nfsd_file_slab, nfsd_file_mark_slab, the fsnotify group, the hash table, the LRU)
// and its per-namespace parts: init, start_net, purge and the global shutdown.
public sealed partial class Kernel
{
    private readonly object _hashLock = new();
    private readonly List<NfsdFile> _rhltable = new();
    private KmemCache? _nfsdFileSlab;
    private KmemCache? _nfsdFileMarkSlab;
    private FsnotifyGroup? _nfsdFileFsnotifyGroup;

    /// <summary>NFSD_FILE_CACHE_UP.</summary>
    public bool FileCacheUp { get; private set; }

    /// <summary>nfsd_file_slab (kept after destruction, so that late frees into it are seen).</summary>
    public KmemCache NfsdFileSlab => _nfsdFileSlab ?? throw new InvalidOperationException("nfsd_file_slab used before nfsd_file_cache_init()");

    /// <summary>nfsd_file_mark_slab.</summary>
    public KmemCache NfsdFileMarkSlab => _nfsdFileMarkSlab ?? throw new InvalidOperationException("nfsd_file_mark_slab used before nfsd_file_cache_init()");

    /// <summary>nfsd_file_fsnotify_group.</summary>
    public FsnotifyGroup NfsdFileFsnotifyGroup => _nfsdFileFsnotifyGroup ?? throw new InvalidOperationException("nfsd's fsnotify group used before nfsd_file_cache_init()");

    /// <summary>Port of nfsd_file_cache_init(): the slabs, the fsnotify group, the hash table and the LRU.</summary>
    private void NfsdFileCacheInit()
    {
        if (FileCacheUp)
            return;
        _nfsdFileSlab = new KmemCache(this, "nfsd_file");
        _nfsdFileMarkSlab = new KmemCache(this, "nfsd_file_mark");
        _nfsdFileFsnotifyGroup = new FsnotifyGroup();
        lock (_hashLock)
        {
            _rhltable.Clear();
        }
        lock (_lruLock)
        {
            _lru.Clear();
        }
        FileCacheUp = true;
    }

    /// <summary>Port of nfsd_file_cache_start_net(): the namespace's dispose list starts empty.</summary>
    private void NfsdFileCacheStartNet([Live] Net net)
    {
        NfsdNet nn = NetGeneric(net, NfsdNetId);
        nn.FcacheDisposeList.Clear();
    }

    /// <summary>Port of nfsd_file_cache_purge().</summary>
    public void NfsdFileCachePurge([Live] Net net)
    {
        if (FileCacheUp)
            NfsdFileCachePurgeInternal(net);
    }

    /// <summary>Port of __nfsd_file_cache_purge().</summary>
    /// <remarks>
    /// Drop the namespace's LOCALIO clients, then queue every hashed file of the namespace (of all namespaces when
    /// <paramref name="net"/> is null) and free what reached zero. It cannot see files a walker has isolated, nor
    /// free files that still have holders (R4).
    /// </remarks>
    private void NfsdFileCachePurgeInternal([Live] Net? net)
    {
        List<NfsdFile> dispose = new();
        if (net != null)
        {
            NfsdNet nn = NetGeneric(net, NfsdNetId);
            NfsLocalioInvalidateClients(nn.LocalClients, nn.LocalClientsLock);
        }

        RcuReadLock();
        foreach (NfsdFile nf in NfsdFileHashSnapshot(null))
        {
            if (net == null || nf.NfNet == net)
                NfsdFileCondQueue(nf, dispose);
        }
        RcuReadUnlock();

        NfsdFileDisposeList(dispose);
    }

    /// <summary>Port of nfsd_file_cache_shutdown().</summary>
    /// <remarks>
    /// Only when the last namespace stops. It assumes that no nfsd_file will ever be freed after it: the
    /// rcu_barrier() flushes the frees queued so far, then everything they need goes.
    /// </remarks>
    private void NfsdFileCacheShutdown()
    {
        if (!FileCacheUp)
            return;
        FileCacheUp = false;
        // The lease notifier, the shrinker and the laundrette (cancel_delayed_work_sync) stop here; in the model
        // the walkers run only when a test calls them.
        NfsdFileCachePurgeInternal(null);
        lock (_lruLock)
        {
            _lru.Clear();
        }
        RcuBarrier();
        // fsnotify_put_group(): nfsd holds the only reference.
        NfsdFileFsnotifyGroup.Destroyed = true;
        NfsdFileSlab.Destroy();
        NfsdFileMarkSlab.Destroy();
        lock (_hashLock)
        {
            _rhltable.Clear();
        }
    }

    /// <summary>An RCU walk of the hash table: the files of <paramref name="inode"/> (all files when null).</summary>
    private NfsdFile[] NfsdFileHashSnapshot(Inode? inode)
    {
        lock (_hashLock)
        {
            return inode == null ? _rhltable.ToArray() : _rhltable.FindAll(nf => nf.NfInode == inode).ToArray();
        }
    }
}
