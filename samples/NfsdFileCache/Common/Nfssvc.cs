using System.Collections.Generic;
using RefOrder;

namespace NfsdFileCache;

/// <summary>struct svc_serv: nfsd's RPC service in one namespace.</summary>
public sealed class Serv
{
    /// <summary>sv_permsocks: the listeners.</summary>
    public List<SvcXprt> Xprts { get; } = new();

    /// <summary>How often svc_wake_up() was called (the model has no threads to wake).</summary>
    public int Wakeups;
}

/// <summary>struct svc_xprt: a transport; it pins its namespace for as long as it exists.</summary>
public sealed class SvcXprt
{
    /// <summary>xpt_net: set by svc_xprt_init() together with the reference it takes.</summary>
    [HoldsRef(Counter = "net")]
    public Net XptNet = null!;
}

// nfsd's per-namespace life (fs/nfsd/nfssvc.c): the serv, startup, the nfsd_net reference, shutdown.
public sealed partial class Kernel
{
    /// <summary>nfsd_users: namespaces with nfsd up; the global file cache exists while it is non-zero.</summary>
    public int NfsdUsers { get; private set; }

    /// <summary>Port of nfsd_create_serv() with one listener.</summary>
    public void NfsdCreateServ([Live] Net net)
    {
        NfsdNet nn = NetGeneric(net, NfsdNetId);
        Serv serv = new();
        nn.NfsdNetRef.Init(() => NfsdNetFree(nn));
        nn.NfsdNetFreeDone.Reinit();
        SvcXprtInit(serv, net);
        nn.NfsdServ = serv;
    }

    /// <summary>Port of svc_xprt_init(): a transport takes a reference on its namespace.</summary>
    private void SvcXprtInit(Serv serv, [Live] Net net)
    {
        // xprt->xpt_net = get_net(net): the reference goes into the transport with the pointer.
        var xprt = new SvcXprt();
        GetNet(net);
        xprt.XptNet = net;
        serv.Xprts.Add(xprt);
    }

    /// <summary>Port of nfsd_destroy_serv(): clear nn->nfsd_serv, close the transports, shut nfsd down in the namespace.</summary>
    public void NfsdDestroyServ([Live] Net net)
    {
        NfsdNet nn = NetGeneric(net, NfsdNetId);
        Serv? serv = nn.NfsdServ;
        nn.NfsdServ = null;
        if (serv != null)
            SvcXprtDestroyAll(serv);
        NfsdShutdownNet(net);
    }

    /// <summary>Port of svc_xprt_destroy_all(): each transport drops its namespace reference.</summary>
    private void SvcXprtDestroyAll(Serv serv)
    {
        foreach (SvcXprt xprt in serv.Xprts)
            PutNet(xprt.XptNet);
        serv.Xprts.Clear();
    }

    /// <summary>Port of nfsd_startup_net().</summary>
    public void NfsdStartupNet([Live] Net net)
    {
        NfsdNet nn = NetGeneric(net, NfsdNetId);
        if (nn.NfsdNetUp)
            return;
        NfsdStartupGeneric();
        NfsdFileCacheStartNet(net);
        nn.NfsdNetUp = true;
    }

    /// <summary>Port of nfsd_startup_generic(): the first namespace brings the global file cache up.</summary>
    private void NfsdStartupGeneric()
    {
        if (NfsdUsers++ > 0)
            return;
        NfsdFileCacheInit();
    }

    /// <summary>Port of nfsd_shutdown_net().</summary>
    public void NfsdShutdownNet([Live] Net net)
    {
        NfsdNet nn = NetGeneric(net, NfsdNetId);
        if (!nn.NfsdNetUp)
            return;
        // No new LOCALIO references from here on; the initial reference goes.
        nn.NfsdNetRef.KillAndConfirm();
        NfsdFileCacheShutdownNet(net);
        // The drain: every outstanding nfsd_net reference, per-I/O ones included, has been put (R1). This is
        // all that holds the global teardown below off files still held by LOCALIO.
        nn.NfsdNetFreeDone.Wait(Sched);
        nn.NfsdNetRef.Exit();
        nn.NfsdNetUp = false;
        NfsdShutdownGeneric();
    }

    /// <summary>Port of nfsd_shutdown_generic(): the last namespace tears the global file cache down.</summary>
    private void NfsdShutdownGeneric()
    {
        if (--NfsdUsers > 0)
            return;
        NfsdFileCacheShutdown();
    }

    /// <summary>Port of nfsd_net_try_get(): a LOCALIO reference on the namespace's nfsd, refused once shutdown has begun.</summary>
    [TryAcquires("net", Counter = "nfsd_net")]
    [RequiresLock("rcu")]
    public bool NfsdNetTryGet([Live] Net net)
    {
        AssertRcuReader("nfsd_net_try_get");
        return NetGeneric(net, NfsdNetId).NfsdNetRef.TryGetLive();
    }

    /// <summary>Port of nfsd_net_put(): after the kill, the last put completes nfsd_net_free_done right here.</summary>
    [Releases("net", Counter = "nfsd_net")]
    [RequiresLock("rcu")]
    public void NfsdNetPut(Net net)
    {
        AssertRcuReader("nfsd_net_put");
        NetGeneric(net, NfsdNetId).NfsdNetRef.Put();
        Sched.Point("after nfsd_net_put");
    }

    /// <summary>Port of nfsd_net_free(): the nfsd_net_ref release callback.</summary>
    private static void NfsdNetFree(NfsdNet nn) => nn.NfsdNetFreeDone.Complete();
}
