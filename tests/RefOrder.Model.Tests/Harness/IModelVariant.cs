using System;
using System.Collections.Generic;

namespace RefOrder.Model.Harness;

/// <summary>
/// One variant of the nfsd model, driven at the level of the review's scenarios. Namespaces and I/Os are
/// opaque handles that the adapter hands out and takes back.
/// </summary>
public interface IModelVariant
{
    /// <summary>Mainline, PatchV2, Reviewed or LockBarrier.</summary>
    string Name { get; }

    /// <summary>Every memory-safety violation the model detected, as "Kind: what".</summary>
    IReadOnlyList<string> Violations { get; }

    /// <summary>NFSD_FILE_CACHE_UP.</summary>
    bool FileCacheUp { get; }

    /// <summary>nfsd_file objects still allocated from nfsd_file_slab.</summary>
    int NfsdFileObjects { get; }

    /// <summary>Routes the model's preemption points and waits to a scheduler: (point name, blocked).</summary>
    void AttachScheduler(Action<string, bool> hook);

    /// <summary>A new namespace; its creating task holds a reference until <see cref="ExitNet"/>.</summary>
    object CreateNet(string name);

    /// <summary>nfsd_create_serv() with a listener, then nfsd_startup_net().</summary>
    void StartNfsd(object net);

    /// <summary>nfsd_destroy_serv(): the transports go, then nfsd_shutdown_net().</summary>
    void StopNfsd(object net);

    /// <summary>The namespace's last task exits: put_net() of the creator's reference (cleanup_net() at zero).</summary>
    void ExitNet(object net);

    /// <summary>An nfsd thread of the namespace opens a GC file and puts it: the file stays cached on the LRU.</summary>
    void NfsdThreadUsesGcFile(object net, string inode);

    /// <summary>fsnotify reports the inode gone: nfsd_file_close_inode() queues its GC files for delayed close.</summary>
    void CloseInode(string inode);

    /// <summary>One run of the laundrette (nfsd_file_gc()).</summary>
    void RunLaundrette();

    /// <summary>An nfsd thread of the namespace frees what the GC queued for it (nfsd_file_net_dispose()).</summary>
    void NfsdThreadDisposes(object net);

    /// <summary>A LOCALIO client of the namespace starts one I/O: the iocb holds a file reference and its nfsd_net reference.</summary>
    object StartLocalIo(object net, string inode);

    /// <summary>The I/O completes: nfs_local_iocb_release() puts both references.</summary>
    void CompleteLocalIo(object io);

    /// <summary>A grace period elapses: queued RCU callbacks (the slab frees) run.</summary>
    void RcuGracePeriod();

    /// <summary>Whether the exception is the model's use-after-free oops.</summary>
    bool IsUseAfterFree(Exception error);

    /// <summary>Whether cleanup_net() has freed the namespace.</summary>
    bool NetFreed(object net);

    /// <summary>The namespace's own reference count.</summary>
    int NetRefs(object net);

    /// <summary>Files waiting on the namespace's dispose list.</summary>
    int FilesOnDisposeList(object net);
}
