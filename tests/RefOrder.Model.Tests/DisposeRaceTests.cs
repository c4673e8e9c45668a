using RefOrder.Model.Harness;
using static RefOrder.Model.Tests.Assertions;

namespace RefOrder.Model.Tests;

/// <summary>
/// Chuck's finding 2, run: the GC walker preempted between isolating a file (nfsd_file_lru_cb) and
/// nfsd_file_dispose_list_delayed(), while its namespace is torn down and a second namespace keeps nfsd_users
/// above zero.
/// </summary>
public sealed class DisposeRaceTests
{
    [Theory]
    [InlineData("Mainline", "NetUseAfterFree: net_generic(net A)")] // the dangling nf_net the series set out to fix
    [InlineData("PatchV2", "NetUseAfterFree: get_net(net A)")] // the pin sits at the consuming end of the window
    public void NoPinBeforeTheWindow_WalkerResumes_TouchesTheFreedNamespace(string variant, string oops)
    {
        IModelVariant model = Variants.Create(variant);

        DisposeRace run = Schedules.GcWalkerVersusNetTeardown(model, out _);

        PreemptedAt(Schedules.WalkerIsolated, run.WalkerPreempted);
        // Nothing in the teardown can see the isolated file: it completes, and cleanup_net() frees A.
        Finished(run.TeardownWhileWalkerPreempted);
        Assert.True(run.NetFreedWhileWalkerPreempted);
        Oops(model, oops, run.Walker);
        Violations(model, oops);
    }

    [Fact]
    public void Reviewed_PinFromAllocation_KeepsTheNamespaceAlive()
    {
        IModelVariant model = Variants.Create("Reviewed");

        DisposeRace run = Schedules.GcWalkerVersusNetTeardown(model, out object a);

        Violations(model);
        Finished(run.Walker);
        PreemptedAt(Schedules.WalkerIsolated, run.WalkerPreempted);
        Finished(run.TeardownWhileWalkerPreempted);
        // The file's own reference, taken in nfsd_file_alloc(), is the one left: A is not freed.
        Assert.False(run.NetFreedWhileWalkerPreempted);
        Assert.Equal(1, model.NetRefs(a));
        // Memory-safe, but the late file now waits on the dispose list of a namespace whose nfsd is gone, and
        // pins it: nothing in the modelled protocol frees either (see docs/model.md).
        Assert.Equal(1, model.FilesOnDisposeList(a));
    }

    [Fact]
    public void LockBarrier_TeardownWaitsAtTheBarrierForTheWalker()
    {
        IModelVariant model = Variants.Create("LockBarrier");

        DisposeRace run = Schedules.GcWalkerVersusNetTeardown(model, out object a);

        Violations(model);
        Finished(run.Walker);
        PreemptedAt(Schedules.WalkerIsolated, run.WalkerPreempted);
        // The walker holds nfsd_gc_lock from isolation to enqueue; the shutdown's lock/unlock barrier waits.
        BlockedAt(Schedules.GcLockSpin, run.TeardownWhileWalkerPreempted);
        Assert.False(run.NetFreedWhileWalkerPreempted);
        // Past the barrier the drain finds the file on A's list and frees it; then A goes.
        Finished(run.Teardown);
        Assert.True(model.NetFreed(a));
        Assert.Equal(0, model.FilesOnDisposeList(a));
        Assert.Equal(0, model.NfsdFileObjects);
    }
}
