using System.Collections.Generic;
using System.Threading;
using RefOrder;

namespace NfsdFileCache;

/// <summary>struct net.</summary>
/// <remarks>
/// Two reference counts matter: <c>net</c>, the namespace's own count (get_net/put_net; the last put runs
/// cleanup_net, which frees it), and <c>nfsd_net</c>, nfsd's per-namespace percpu ref
/// (nfsd_net_try_get/nfsd_net_put), which does not pin struct net but holds off nfsd's per-net shutdown and,
/// through it, the global file cache teardown (R1).
/// </remarks>
[RefCounted("net", "nfsd_net")]
public sealed class Net
{
    /// <summary>The namespace's count (struct net's refcount).</summary>
    internal int Count;

    /// <summary>net_generic(net, nfsd_net_id): set up by the pernet init, freed with the namespace.</summary>
    internal NfsdNet? Generic;

    /// <summary>A namespace with no references yet.</summary>
    public Net(string name) => Name = name;

    /// <summary>A name for messages.</summary>
    public string Name { get; }

    /// <summary>Whether cleanup_net() has freed the namespace.</summary>
    public bool Freed { get; internal set; }

    /// <summary>The namespace's count as it is now.</summary>
    public int RefCount => Volatile.Read(ref Count);

    /// <inheritdoc />
    public override string ToString() => $"net {Name}";
}

/// <summary>struct nfsd_net: nfsd's per-namespace storage, found with net_generic().</summary>
public sealed class NfsdNet
{
    /// <summary>nfsd_net_ref: taken only by LOCALIO; its drain is what nfsd_shutdown_net() waits for.</summary>
    public PercpuRef NfsdNetRef { get; } = new();

    /// <summary>nfsd_net_free_done: completed by the nfsd_net_ref release callback.</summary>
    public Completion NfsdNetFreeDone { get; } = new("nfsd_net_free_done");

    /// <summary>nfsd_net_up.</summary>
    public bool NfsdNetUp;

    /// <summary>nfsd_serv: cleared by nfsd_destroy_serv() before per-net shutdown.</summary>
    public Serv? NfsdServ;

    /// <summary>fcache_dispose_lock.</summary>
    public KernelSpinLock FcacheDisposeLock { get; } = new("fcache_dispose_lock");

    /// <summary>fcache_dispose_list: files the GC queued for this namespace's nfsd threads to free.</summary>
    public List<NfsdFile> FcacheDisposeList { get; } = new();

    /// <summary>local_clients_lock.</summary>
    public KernelSpinLock LocalClientsLock { get; } = new("local_clients_lock");

    /// <summary>local_clients: the LOCALIO clients that found this namespace's nfsd local.</summary>
    public List<NfsUuid> LocalClients { get; } = new();

    /// <summary>How often nfsd_reset_write_verifier() ran (the verifier itself is not modelled).</summary>
    public int WriteVerifierResets;
}

// struct net's lifetime: creation, get/put, cleanup_net and net_generic.
public sealed partial class Kernel
{
    /// <summary>Port of copy_net_ns(): a new namespace, whose first reference the creating task holds.</summary>
    [Acquires("return", Counter = "net")]
    public Net CopyNetNs(string name)
    {
        Net net = new(name);
        net.Count = 1;
        NfsdNetInit(net);
        return net;
    }

    /// <summary>Port of get_net().</summary>
    [Acquires("net", Counter = "net")]
    public void GetNet(Net net)
    {
        CheckNet(net, "get_net");
        Interlocked.Increment(ref net.Count);
    }

    /// <summary>Port of put_net(): the last reference runs cleanup_net() (synchronously in the model).</summary>
    [Releases("net", Counter = "net")]
    public void PutNet(Net net)
    {
        CheckNet(net, "put_net");
        if (Interlocked.Decrement(ref net.Count) == 0)
            CleanupNet(net);
    }

    /// <summary>Port of net_generic(): dereferences struct net to find a subsystem's per-namespace storage.</summary>
    public NfsdNet NetGeneric([Live] Net net, int id)
    {
        CheckNet(net, "net_generic");
        if (id != NfsdNetId || net.Generic == null)
            throw new System.InvalidOperationException($"net_generic({net}, {id}): no such storage");
        return net.Generic;
    }

    /// <summary>Port of cleanup_net(): the pernet pre_exit and exit methods, then struct net is freed.</summary>
    private void CleanupNet([Live] Net net)
    {
        NfsdNetPreExit(net);
        NfsdNetExit(net);
        net.Freed = true;
    }

    /// <summary>Port of nfsd_net_init(): nfsd's pernet init.</summary>
    private void NfsdNetInit([Live] Net net)
    {
        net.Generic = new NfsdNet();
    }

    /// <summary>Port of nfsd_net_pre_exit(): only invalidates the LOCALIO clients.</summary>
    private void NfsdNetPreExit([Live] Net net)
    {
        NfsdNet nn = NetGeneric(net, NfsdNetId);
        NfsLocalioInvalidateClients(nn.LocalClients, nn.LocalClientsLock);
    }

    /// <summary>Port of nfsd_net_exit(): frees per-net caches; it does not stop nfsd (none of that is modelled).</summary>
    private void NfsdNetExit([Live] Net net)
    {
    }

    /// <summary>Any touch of struct net after cleanup_net() freed it is a use-after-free.</summary>
    private void CheckNet(Net net, string function)
    {
        if (net.Freed)
            throw Oops(ViolationKind.NetUseAfterFree, $"{function}({net}) after cleanup_net() freed it");
    }
}
