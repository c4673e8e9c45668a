using System.Collections.Generic;

namespace RefOrder.Analyzers.Tests.CodeFixes.Coverage
{
    /// <summary>RO0002 sites: gets whose target is not known live, in loops, in methods of each result type, in lambdas, beside a liveness site, and where no exit is mechanical.</summary>
    internal static partial class CoverageCorpus
    {
        private const string UseAndPutNet = """
            NetGeneric(nf.NfNet, 1).Users++;
            PutNet(nf.NfNet);
""";

        public static IEnumerable<CoverageCase> PinPlacement => new[]
        {
            Two("Foreach_SkipTheObject", $$"""
    public static void M([Live] List<NfsdFile> files)
    {
        foreach (var nf in files)
        {
            GetNet(nf.NfNet);
{{UseAndPutNet}}        }
    }
"""),
            Two("For_SkipTheObject", $$"""
    public static void M([Live] List<NfsdFile> files)
    {
        for (int i = 0; i < files.Count; i++)
        {
            var nf = files[i];
            GetNet(nf.NfNet);
{{UseAndPutNet}}        }
    }
"""),
            Two("While_AdvanceBeforeTheGet", $$"""
    public static void M([Live] List<NfsdFile> files)
    {
        int i = 0;
        while (i < files.Count)
        {
            var nf = files[i++];
            GetNet(nf.NfNet);
{{UseAndPutNet}}        }
    }
"""),
            Two("While_AdvanceAfterTheGet", $$"""
    public static void M([Live] List<NfsdFile> files)
    {
        int i = 0;
        while (i < files.Count)
        {
            var nf = files[i];
            GetNet(nf.NfNet);
{{UseAndPutNet}}            i++;
        }
    }
""", "in a while loop whose advance comes after the get, continue would skip it and spin on the same element"),
            Two("Method_Void", """
    public static void M(NfsdFile nf)
    {
        GetNet(nf.NfNet);
        NetGeneric(nf.NfNet, 1).Users++;
        PutNet(nf.NfNet);
    }
"""),
            Two("Method_Bool", """
    public static bool M(NfsdFile nf)
    {
        GetNet(nf.NfNet);
        NetGeneric(nf.NfNet, 1).Users++;
        PutNet(nf.NfNet);
        return true;
    }
"""),
            Two("Method_Nullable", """
    public static NfsdNet? M(NfsdFile nf)
    {
        GetNet(nf.NfNet);
        NfsdNet nn = NetGeneric(nf.NfNet, 1);
        PutNet(nf.NfNet);
        return nn;
    }
"""),
            Two("Method_Int", """
    public static int M(NfsdFile nf)
    {
        GetNet(nf.NfNet);
        int users = NetGeneric(nf.NfNet, 1).Users;
        PutNet(nf.NfNet);
        return users;
    }
""", "the method returns a value type other than bool: no failure value is obvious"),
            Two("Kref_GetUnlessZero", """
    public static void M([Live] Kobj k)
    {
        Kref.KrefGet(k.Parent!);
        Touch(k.Parent!.Size);
        Kref.KrefPut(k.Parent!);
    }
"""),
            Two("LivenessSite_PinAtAllocationOrConditionalGet", """
    public static Entry NewEntry([Live] Net net)
    {
        var e = new Entry();
        e.Ns = net;
        return e;
    }

    public static void M([Live] List<Entry> entries)
    {
        foreach (var e in entries)
        {
            GetNet(e.Ns);
            e.Hits++;
        }
    }
"""),
            Two("Lambda_Return", """
    public static Action<NfsdFile> Make() => nf =>
    {
        GetNet(nf.NfNet);
        NetGeneric(nf.NfNet, 1).Users++;
        PutNet(nf.NfNet);
    };
"""),
            Two("LocalFunction_Return", """
    public static void M(NfsdFile nf)
    {
        Visit(nf);

        static void Visit(NfsdFile f)
        {
            GetNet(f.NfNet);
            NetGeneric(f.NfNet, 1).Users++;
            PutNet(f.NfNet);
        }
    }
"""),
            Two("TryBlock", """
    public static void M(NfsdFile nf)
    {
        try
        {
            GetNet(nf.NfNet);
            NetGeneric(nf.NfNet, 1).Users++;
            PutNet(nf.NfNet);
        }
        finally
        {
            Touch(null);
        }
    }
""", "the get is inside a try, using, lock or switch section: leaving from there has effects of its own"),
            Two("UnderALock", $$"""
    public static void M([Live] List<NfsdFile> files)
    {
        foreach (var nf in files)
        {
            GcLock();
            GetNet(nf.NfNet);
{{UseAndPutNet}}            GcUnlock();
        }
    }
""", "a lock taken before the get is still held: leaving would skip its unlock"),
            Two("SkippedCodeReleasesSomethingElse", """
    [Releases("nf")]
    public static void M(NfsdFile nf)
    {
        GetNet(nf.NfNet);
        NetGeneric(nf.NfNet, 1).Users++;
        PutNet(nf.NfNet);
        NfsdFilePut(nf);
    }
""", "the code the early exit would skip releases another reference, or the method has a contract of its own an early return would break"),
            Two("NoBoolCounterpart", """
    public static void M(Holder h)
    {
        NfsdFileGetLive(h.Borrowed);
        Touch(h.Borrowed.Flags);
        NfsdFilePut(h.Borrowed);
    }
""", "no bool [TryAcquires] method takes the same reference (only an object-returning NfsdFileGet exists)"),
        };
    }
}
