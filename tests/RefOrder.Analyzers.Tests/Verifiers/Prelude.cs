namespace RefOrder.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// A small annotated vocabulary in the model's style, added to rule tests as a second document so each
    /// test shows only the method under scrutiny. It mirrors the nfsd model: a namespace with two counters,
    /// a file guarded by its namespace's nfsd_net count, RCU and a GC lock.
    /// </summary>
    internal static class Prelude
    {
        public const string Source = """
using System.Collections.Generic;
using RefOrder;

[RefCounted("net", "nfsd_net")]
public sealed class Net
{
    public int Id;
}

public sealed class NfsdNet
{
    public int Users;
}

[RefCounted]
[GuardedBy(nameof(NfNet), Counter = "nfsd_net")]
public sealed class NfsdFile
{
    public Net NfNet = null!;
    [HoldsRef(Counter = "net")] public Net PinnedNet = null!;
    [LiveUnderLock("gc")] public Net LockedNet = null!;
    public int Flags;
    public NfsdFile? Next;
}

public sealed class Holder
{
    [HoldsRef] public NfsdFile File = null!;
    public NfsdFile Borrowed = null!;
    [HoldsRef] public List<NfsdFile> Files = new List<NfsdFile>();
}

public static class Api
{
    [Acquires("net", Counter = "net")] public static void GetNet(Net net) { }
    [Releases("net", Counter = "net")] public static void PutNet(Net net) { }
    [TryAcquires("net", Counter = "nfsd_net")] [RequiresLock("rcu")] public static bool NfsdNetTryGet(Net net) => true;
    [Releases("net", Counter = "nfsd_net")] [RequiresLock("rcu")] public static void NfsdNetPut(Net net) { }
    [Locks("rcu")] public static void RcuReadLock() { }
    [Unlocks("rcu")] public static void RcuReadUnlock() { }
    [Locks("gc")] public static void GcLock() { }
    [Unlocks("gc")] public static void GcUnlock() { }
    [TryAcquires("return")] public static NfsdFile? NfsdFileGet(NfsdFile? nf) => nf;
    [Acquires("nf")] public static void NfsdFileGetLive(NfsdFile nf) { }
    [Releases("nf")] public static void NfsdFilePut(NfsdFile nf) { }
    [TryAcquires("return")] [Aliases("return.NfNet", "net")] public static NfsdFile? NfsdFileAcquire([Live] Net net) => null;
    public static NfsdNet NetGeneric([Live] Net net, int id) => new NfsdNet();
    public static void Touch(object? o) { }
    public static NfsdFile? Lookup(int key) => null;
    public static Net? FindNet(int key) => null;
}
""";
    }
}
