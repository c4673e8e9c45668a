using RefOrder;

namespace Consumer;

// A user's own small model, written against the annotations the RefOrder package brings: the file is guarded by
// its namespace's nfsd_net count, so its reference must be put first.
[RefCounted("net", "nfsd_net")]
public sealed class Net
{
}

[RefCounted]
[GuardedBy(nameof(NfNet), Counter = "nfsd_net")]
public sealed class NfsdFile
{
    public Net NfNet = null!;
}

public sealed partial class Kernel
{
    [Releases("nf")]
    public void NfsdFilePut(NfsdFile nf)
    {
    }

    [Releases("net", Counter = "nfsd_net")]
    [RequiresLock("rcu")]
    public void NfsdNetPut(Net net)
    {
    }

    [Locks("rcu")]
    public void RcuReadLock()
    {
    }

    [Unlocks("rcu")]
    public void RcuReadUnlock()
    {
    }
}
