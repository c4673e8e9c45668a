using System;
using System.Collections.Generic;
using System.Linq;
using RefOrder.Model.Harness;

namespace NfsdFileCache.Testing;

/// <summary>
/// Drives one compiled variant of the model for the interleaving tests. This one file is compiled into each
/// model-runtime assembly, so it binds to that variant's <see cref="Kernel"/>; the scenarios are plain
/// sequences of the model's own entry points, as the kernel's callers would run them.
/// </summary>
public sealed class ModelAdapter : IModelVariant
{
    private readonly Kernel _kernel = new();
    private readonly Dictionary<string, Inode> _inodes = new();

    /// <summary>An adapter over a fresh host for the variant named <paramref name="name"/>.</summary>
    public ModelAdapter(string name) => Name = name;

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Violations => _kernel.Violations.Select(v => v.ToString()).ToArray();

    /// <inheritdoc />
    public bool FileCacheUp => _kernel.FileCacheUp;

    /// <inheritdoc />
    public int NfsdFileObjects => _kernel.NfsdFileSlab.Objects;

    /// <inheritdoc />
    public void AttachScheduler(Action<string, bool> hook) => _kernel.Sched.Hook = hook;

    /// <inheritdoc />
    public object CreateNet(string name) => _kernel.CopyNetNs(name);

    /// <inheritdoc />
    public void StartNfsd(object net)
    {
        _kernel.NfsdCreateServ(AsNet(net));
        _kernel.NfsdStartupNet(AsNet(net));
    }

    /// <inheritdoc />
    public void StopNfsd(object net) => _kernel.NfsdDestroyServ(AsNet(net));

    /// <inheritdoc />
    public void ExitNet(object net) => _kernel.PutNet(AsNet(net));

    /// <inheritdoc />
    public void NfsdThreadUsesGcFile(object net, string inode)
    {
        NfsdFile nf = _kernel.NfsdFileAcquireGc(AsNet(net), InodeNamed(inode), NfsdMay.Read)
            ?? throw new InvalidOperationException($"nfsd_file_acquire_gc({inode}) failed");
        _kernel.NfsdFilePut(nf);
    }

    /// <inheritdoc />
    public void CloseInode(string inode) => _kernel.NfsdFileCloseInode(InodeNamed(inode));

    /// <inheritdoc />
    public void RunLaundrette() => _kernel.NfsdFileGc();

    /// <inheritdoc />
    public void NfsdThreadDisposes(object net) => _kernel.NfsdFileNetDispose(_kernel.NetGeneric(AsNet(net), Kernel.NfsdNetId));

    /// <inheritdoc />
    public object StartLocalIo(object net, string inode)
    {
        NfsUuid uuid = new();
        _kernel.NfsUuidIsLocal(uuid, AsNet(net));
        NfsClient clp = new(uuid);
        NfsFileLocalio nfl = new();
        NfsdFile localio = _kernel.NfsLocalOpenFh(clp, InodeNamed(inode), nfl, FMode.Read | FMode.Write)
            ?? throw new InvalidOperationException($"nfs_local_open_fh({inode}) failed");
        return new NfsLocalKiocb { Localio = localio };
    }

    /// <inheritdoc />
    public void CompleteLocalIo(object io) => _kernel.NfsLocalIocbRelease((NfsLocalKiocb)io);

    /// <inheritdoc />
    public void RcuGracePeriod() => _kernel.RcuGracePeriod();

    /// <inheritdoc />
    public bool IsUseAfterFree(Exception error) => error is UseAfterFreeException;

    /// <inheritdoc />
    public bool NetFreed(object net) => AsNet(net).Freed;

    /// <inheritdoc />
    public int NetRefs(object net) => AsNet(net).RefCount;

    /// <inheritdoc />
    public int FilesOnDisposeList(object net)
    {
        Net n = AsNet(net);
        // Read without net_generic(): a freed namespace's list is still there to count in the model.
        return n.Generic?.FcacheDisposeList.Count ?? 0;
    }

    private static Net AsNet(object net) => (Net)net;

    private Inode InodeNamed(string name)
    {
        lock (_inodes)
        {
            if (!_inodes.TryGetValue(name, out Inode? inode))
                _inodes[name] = inode = new Inode(name);
            return inode;
        }
    }
}
