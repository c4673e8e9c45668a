using System;
using System.Collections.Generic;
using RefOrder.Model.Harness;

namespace RefOrder.Model.Tests;

/// <summary>What one run of the LOCALIO put race did.</summary>
/// <param name="ShutdownWaits">Where the shutdown thread stopped first (it should wait for the I/O's nfsd_net reference).</param>
/// <param name="FirstPut">Where the completion thread was preempted: after its first put.</param>
/// <param name="ShutdownAfterFirstPut">How far the shutdown thread got while the completion thread was preempted.</param>
/// <param name="Completion">How the completion thread ended.</param>
/// <param name="Shutdown">How the shutdown thread ended.</param>
/// <param name="Violations">Every violation the model detected.</param>
public sealed record LocalioPutRace(Stop ShutdownWaits, Stop FirstPut, Stop ShutdownAfterFirstPut, Stop Completion, Stop Shutdown, IReadOnlyList<string> Violations);

/// <summary>What one run of the delayed-dispose race did.</summary>
/// <param name="WalkerPreempted">Where the GC walker was preempted: files isolated, not yet on a per-net list.</param>
/// <param name="TeardownWhileWalkerPreempted">How far the namespace's teardown got meanwhile.</param>
/// <param name="NetFreedWhileWalkerPreempted">Whether cleanup_net() had freed the namespace by then.</param>
/// <param name="Walker">How the walker ended.</param>
/// <param name="Teardown">How the teardown ended.</param>
/// <param name="Violations">Every violation the model detected.</param>
public sealed record DisposeRace(Stop WalkerPreempted, Stop TeardownWhileWalkerPreempted, bool NetFreedWhileWalkerPreempted, Stop Walker, Stop Teardown, IReadOnlyList<string> Violations);

/// <summary>
/// The review's two races as fixed interleavings, written once and run against every variant. The steps name
/// the model's preemption points, not the variants' code, so the same script applies to all four.
/// </summary>
public static class Schedules
{
    /// <summary>The point nfsd_net_put() reaches once it has dropped its reference.</summary>
    public const string AfterNfsdNetPut = "after nfsd_net_put";

    /// <summary>The point nfsd_file_put() reaches once it has dropped its reference.</summary>
    public const string AfterNfsdFilePut = "after nfsd_file_put";

    /// <summary>The point the GC walker reaches between isolating files and the delayed dispose.</summary>
    public const string WalkerIsolated = "nfsd_file_gc: isolated, before dispose";

    /// <summary>The drain wait in nfsd_shutdown_net().</summary>
    public const string DrainWait = "wait_for_completion(nfsd_net_free_done)";

    /// <summary>The barrier in the v4 nfsd_file_cache_shutdown_net(), when a walker holds the lock.</summary>
    public const string GcLockSpin = "spin_lock(nfsd_gc_lock)";

    /// <summary>
    /// Race 1 (Chuck's finding 1): one LOCALIO I/O is in flight in the only nfsd namespace when the server is
    /// stopped. The shutdown thread purges (the file is unhashed but the I/O still holds it) and waits for the
    /// drain of nfsd_net references. The I/O completion thread drops its two references and is preempted right
    /// after the first one; the shutdown thread runs as far as it can; then both finish.
    /// </summary>
    public static LocalioPutRace LocalioPutVersusShutdown(IModelVariant model)
    {
        using StepScheduler scheduler = new();
        model.AttachScheduler(scheduler.Hook);

        object net = model.CreateNet("A");
        model.StartNfsd(net);
        object io = model.StartLocalIo(net, "inode 1");

        StepScheduler.ModelThread shutdown = scheduler.Spawn("nfsd shutdown", () => model.StopNfsd(net));
        StepScheduler.ModelThread completion = scheduler.Spawn("I/O completion", () => model.CompleteLocalIo(io));

        Stop shutdownWaits = scheduler.Run(shutdown);
        Stop firstPut = scheduler.RunUntil(completion, AfterNfsdNetPut, AfterNfsdFilePut);
        Stop shutdownAfterFirstPut = scheduler.Run(shutdown);
        Stop completionEnd = scheduler.Run(completion);
        Stop shutdownEnd = scheduler.Run(shutdown);
        RcuGracePeriod(model);

        return new LocalioPutRace(shutdownWaits, firstPut, shutdownAfterFirstPut, completionEnd, shutdownEnd, model.Violations);
    }

    /// <summary>
    /// Race 2 (Chuck's finding 2): namespace B keeps nfsd_users above zero, so nothing quiesces the GC while
    /// namespace A is torn down. An nfsd thread of A leaves a GC file on the LRU; one laundrette run ages it. The
    /// next run isolates it and is preempted before the delayed dispose; A's nfsd is stopped and A's last task
    /// exits; then the walker resumes, and the teardown finishes if it could not before.
    /// </summary>
    public static DisposeRace GcWalkerVersusNetTeardown(IModelVariant model, out object victim)
    {
        using StepScheduler scheduler = new();
        model.AttachScheduler(scheduler.Hook);

        object a = model.CreateNet("A");
        object b = model.CreateNet("B");
        model.StartNfsd(a);
        model.StartNfsd(b);
        model.NfsdThreadUsesGcFile(a, "inode 1");
        model.RunLaundrette(); // second chance: RECENT and REFERENCED are cleared, the file stays
        victim = a;

        StepScheduler.ModelThread walker = scheduler.Spawn("laundrette", model.RunLaundrette);
        StepScheduler.ModelThread teardown = scheduler.Spawn("netns A teardown", () =>
        {
            model.StopNfsd(a);
            model.ExitNet(a);
        });

        Stop walkerPreempted = scheduler.RunUntil(walker, WalkerIsolated);
        Stop teardownMeanwhile = scheduler.Run(teardown);
        bool freedMeanwhile = model.NetFreed(a);
        Stop walkerEnd = scheduler.Run(walker);
        Stop teardownEnd = scheduler.Run(teardown);
        RcuGracePeriod(model);

        return new DisposeRace(walkerPreempted, teardownMeanwhile, freedMeanwhile, walkerEnd, teardownEnd, model.Violations);
    }

    /// <summary>Time passes: queued RCU callbacks run. An oops there is recorded in the violations already.</summary>
    private static void RcuGracePeriod(IModelVariant model)
    {
        try
        {
            model.RcuGracePeriod();
        }
        catch (Exception error) when (model.IsUseAfterFree(error))
        {
        }
    }
}
