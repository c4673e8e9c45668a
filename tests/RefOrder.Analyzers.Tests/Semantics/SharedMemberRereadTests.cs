using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// A member guarded by a lock ([LiveUnderLock]) names a new value once the lock is dropped, or once a callee
    /// that requires the lock has run: a list drained head by head re-reads a different head each time.
    /// </summary>
    public class SharedMemberRereadTests
    {
        private const string DrainList = """
    }

    public sealed class FileList
    {
        [LiveUnderLock("gc")] public NfsdFile? Head;
    }

    public static class Drain
    {
""";

        private static Task Check(string members) => AllAnalyzersVerifier.VerifyAsync(Snippet.Class(members));

        [Fact]
        public Task Valid_DrainedHeadByHead_Unrolled() => Check(DrainList + """
    public static void M(FileList list)
    {
        GcLock();
        var a = list.Head;
        if (a == null) { GcUnlock(); return; }
        NfsdFileGetLive(a);
        list.Head = a.Next;
        GcUnlock();
        Touch(a.Flags);
        NfsdFilePut(a);

        GcLock();
        var b = list.Head;
        if (b == null) { GcUnlock(); return; }
        NfsdFileGetLive(b);
        list.Head = b.Next;
        GcUnlock();
        Touch(b.Flags);
        NfsdFilePut(b);
    }
""");

        [Fact]
        public Task Valid_DrainedHeadByHead_InALoop() => Check(DrainList + """
    public static void M(FileList list)
    {
        while (true)
        {
            GcLock();
            var head = list.Head;
            if (head == null) { GcUnlock(); return; }
            NfsdFileGetLive(head);
            list.Head = head.Next;
            GcUnlock();
            Touch(head.Flags);
            NfsdFilePut(head);
        }
    }
""");

        [Fact]
        public Task Valid_ACalleeThatRequiresTheLock_MayReplaceTheHead() => Check(DrainList + """
    [RequiresLock("gc")] public static void Rotate(FileList list) { }

    public static void M(FileList list)
    {
        GcLock();
        var a = list.Head;
        if (a == null) { GcUnlock(); return; }
        NfsdFileGetLive(a);
        Rotate(list);
        var b = list.Head;
        if (b != null) NfsdFileGetLive(b);
        GcUnlock();
        NfsdFilePut(a);
        if (b != null) NfsdFilePut(b);
    }
""");

        [Fact]
        public Task HeadReadAfterTheLockIsDropped_IsNotLive() => Check(DrainList + """
    public static void M(FileList list)
    {
        GcLock();
        var a = list.Head;
        GcUnlock();
        if (a != null) { {|RO0002:NfsdFileGetLive(a)|}; NfsdFilePut(a); }
    }
""");

        [Fact]
        public Task UseAfterPutOfTheSameHead_IsStillReported() => Check(DrainList + """
    public static void M(FileList list)
    {
        GcLock();
        var a = list.Head;
        if (a == null) { GcUnlock(); return; }
        NfsdFileGetLive(a);
        GcUnlock();
        NfsdFilePut(a);
        Touch({|RO0003:a.Flags|});
    }
""");
    }
}
