using RefOrder.Model.Harness;

namespace RefOrder.Model.Tests;

/// <summary>
/// The same scenarios without preemption, one step after another on the test's thread: every variant is clean.
/// The races' use-after-frees come from the interleavings, not from the model.
/// </summary>
public sealed class SequentialTests
{
    [Theory]
    [MemberData(nameof(Variants.All), MemberType = typeof(Variants))]
    public void LocalIo_CompletesBeforeShutdown_AllFreed(string variant)
    {
        IModelVariant model = Variants.Create(variant);
        object net = model.CreateNet("A");
        model.StartNfsd(net);

        object io = model.StartLocalIo(net, "inode 1");
        model.CompleteLocalIo(io);
        model.StopNfsd(net);
        model.ExitNet(net);
        model.RcuGracePeriod();

        Assertions.Violations(model);
        Assert.False(model.FileCacheUp);
        Assert.Equal(0, model.NfsdFileObjects);
        Assert.True(model.NetFreed(net));
    }

    [Theory]
    [MemberData(nameof(Variants.All), MemberType = typeof(Variants))]
    public void GcFile_DisposedByItsNamespace_AllFreed(string variant)
    {
        IModelVariant model = Variants.Create(variant);
        object a = model.CreateNet("A");
        object b = model.CreateNet("B");
        model.StartNfsd(a);
        model.StartNfsd(b);

        model.NfsdThreadUsesGcFile(a, "inode 1");
        model.RunLaundrette();
        Assert.Equal(0, model.FilesOnDisposeList(a));
        model.RunLaundrette();
        Assert.Equal(1, model.FilesOnDisposeList(a));
        model.NfsdThreadDisposes(a);
        Assert.Equal(0, model.FilesOnDisposeList(a));

        model.StopNfsd(a);
        model.ExitNet(a);
        model.StopNfsd(b);
        model.ExitNet(b);
        model.RcuGracePeriod();

        Assertions.Violations(model);
        Assert.True(model.NetFreed(a));
        Assert.True(model.NetFreed(b));
        Assert.False(model.FileCacheUp);
        Assert.Equal(0, model.NfsdFileObjects);
    }

    [Theory]
    [MemberData(nameof(Variants.All), MemberType = typeof(Variants))]
    public void CloseInode_QueuesTheFileForItsNamespace_AllFreed(string variant)
    {
        IModelVariant model = Variants.Create(variant);
        object a = model.CreateNet("A");
        model.StartNfsd(a);

        model.NfsdThreadUsesGcFile(a, "inode 1");
        model.CloseInode("inode 1");
        Assert.Equal(1, model.FilesOnDisposeList(a));
        model.StopNfsd(a);
        model.ExitNet(a);
        model.RcuGracePeriod();

        Assertions.Violations(model);
        Assert.True(model.NetFreed(a));
        Assert.Equal(0, model.NfsdFileObjects);
    }
}
