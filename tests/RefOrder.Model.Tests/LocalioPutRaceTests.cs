using RefOrder.Model.Harness;
using static RefOrder.Model.Tests.Assertions;

namespace RefOrder.Model.Tests;

/// <summary>
/// Chuck's finding 1, run: the I/O completion thread's nfsd_file_put_local() against nfsd_shutdown_net() →
/// nfsd_file_cache_shutdown(), with the completion thread preempted between its two puts.
/// </summary>
public sealed class LocalioPutRaceTests
{
    [Fact]
    public void PatchV2_NetRefPutFirst_CacheTeardownRunsBeforeTheFileIsFreed()
    {
        IModelVariant model = Variants.Create("PatchV2");

        LocalioPutRace run = Schedules.LocalioPutVersusShutdown(model);

        BlockedAt(Schedules.DrainWait, run.ShutdownWaits);
        // v2 puts the guard first: the last nfsd_net reference goes, and complete() releases the shutdown.
        PreemptedAt(Schedules.AfterNfsdNetPut, run.FirstPut);
        // Shutdown goes through rcu_barrier() and destroys the caches while the I/O's file is still allocated...
        Oops(model, "ObjectsRemaining: kmem_cache_destroy(nfsd_file)", run.ShutdownAfterFirstPut);
        // ...and the completion thread's final nfsd_file_put() frees the file against the destroyed cache.
        Oops(model, "MarkPutOnDestroyedGroup", run.Completion);
        Violations(model, "ObjectsRemaining: kmem_cache_destroy(nfsd_file)", "MarkPutOnDestroyedGroup");
    }

    [Theory]
    [InlineData("Mainline")]
    [InlineData("Reviewed")]
    [InlineData("LockBarrier")]
    public void FileRefPutFirst_TeardownWaitsForTheFree(string variant)
    {
        IModelVariant model = Variants.Create(variant);

        LocalioPutRace run = Schedules.LocalioPutVersusShutdown(model);

        Violations(model);
        Finished(run.Completion);
        Finished(run.Shutdown);
        Assert.False(model.FileCacheUp);
        Assert.Equal(0, model.NfsdFileObjects);
        // Why: the file goes first, and its free (mark put, call_rcu) runs while the guard is still held, so
        // the shutdown is still waiting for the drain.
        BlockedAt(Schedules.DrainWait, run.ShutdownWaits);
        PreemptedAt(Schedules.AfterNfsdFilePut, run.FirstPut);
        BlockedAt(Schedules.DrainWait, run.ShutdownAfterFirstPut);
    }
}
