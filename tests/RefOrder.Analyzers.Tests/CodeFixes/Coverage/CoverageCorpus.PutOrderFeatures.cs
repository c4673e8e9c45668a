using System.Collections.Generic;

namespace RefOrder.Analyzers.Tests.CodeFixes.Coverage
{
    /// <summary>RO0001 sites across C# features: try/finally, catch, using, using var, lambdas, local functions, ?., patterns, properties, several objects, Interlocked, async, out.</summary>
    internal static partial class CoverageCorpus
    {
        public static IEnumerable<CoverageCase> PutOrderFeatures => new[]
        {
            One("TryFinally_ObjectPutInTheFinally", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        try
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            Touch(nf.Next);
        }
        finally
        {
            NfsdFilePut(nf);
        }
""")),
            One("TryFinally_BothPutsInTheTry", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        try
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(nf);
        }
        finally
        {
            Touch(null);
        }
""")),
            One("TryCatch_ObjectPutInTheCatch", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        try
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            Touch(null);
        }
        catch (InvalidOperationException)
        {
            NfsdFilePut(nf);
            throw;
        }

        NfsdFilePut(nf);
"""), "the object is put in a catch reached by an exception after the guard put, and after the try: the guard put would have to go on both paths"),
            One("Using_ObjectDisposedByTheUsingStatement", """
    [Releases("h.NfNet", Counter = "nfsd_net")]
    public static void M([Live] Handle h)
    {
        Net net = h.NfNet;
        using (h)
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            h.Flags = 0;
        }
    }
"""),
            One("Using_GuardPutInsideAnUnrelatedUsing", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        using (var scope = new Scope())
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }

        NfsdFilePut(nf);
""")),
            One("UsingVar_UnrelatedScope", PutsFileAndGuard("M", """
        using var scope = new Scope();
        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        Touch(nf.Next);
        NfsdFilePut(nf);
""")),
            One("UsingVar_ObjectDisposedAtTheEndOfTheBlock", """
    [Releases("h.NfNet", Counter = "nfsd_net")]
    public static void M([Live] Handle h)
    {
        using var owned = h;
        Net net = h.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        h.Flags = 0;
    }
""", "the object is disposed by a using declaration at the end of the block the guard put is in: no statement comes after that Dispose in the block"),
            One("Lambda_BlockBody", """
    public static Action<NfsdFile> Make() => (NfsdFile f) =>
    {
        Net net = f.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        Touch(f.Next);
        NfsdFilePut(f);
    };
"""),
            One("LocalFunction", """
    public static void M(NfsdFile nf)
    {
        Close(nf);

        [Releases("f")]
        [Releases("f.NfNet", Counter = "nfsd_net")]
        static void Close(NfsdFile f)
        {
            Net net = f.NfNet;
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(f);
        }
    }
"""),
            One("ConditionalAccess_UseAfterTheGuardPut", """
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M([Live] NfsdFile nf)
    {
        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        Touch(nf?.Next);
    }
"""),
            One("ConditionalAccess_GuardReadThroughTheObject", """
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M([Live] NfsdFile nf)
    {
        RcuReadLock();
        NfsdNetPut(nf.NfNet);
        RcuReadUnlock();
        Touch(nf?.Next);
    }
"""),
            One("PatternMatching_ObjectFromATypeTest", """
    public static void M(object o)
    {
        if (o is NfsdFile held)
        {
            NfsdFileGetLive(held);
            Net net = held.NfNet;
            RcuReadLock();
            if (!NfsdNetTryGet(net)) { RcuReadUnlock(); NfsdFilePut(held); return; }
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(held);
        }
    }
"""),
            One("Property_ReadAfterTheGuardPut", """
    [Releases("h.NfNet", Counter = "nfsd_net")]
    public static int M([Live] Handle h)
    {
        Net net = h.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        int size = h.Size;
        Touch(null);
        return size;
    }
"""),
            One("Interlocked_PatchV2PutLocal", """
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public static void M(ref NfsdFile? pnf)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(nf);
        }
    }
"""),
            One("Async_ReturnedValueUsesTheObject", """
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static async System.Threading.Tasks.Task<int> M([Live] NfsdFile nf)
    {
        await System.Threading.Tasks.Task.Yield();
        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        return nf.Flags;
    }
"""),
            One("OutParameter_CopyPutAfterTheGuard", """
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile nf, out NfsdFile copy)
    {
        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        copy = nf;
        NfsdFilePut(copy);
    }
"""),
            // One site, not two: the analysis does not connect b's guard to net through the [Aliases] helper, so only
            // a is reported; the case still checks that fixing a leaves b's accesses alone.
            One("TwoObjects_OneGuard", """
    [Releases("a")]
    [Releases("b")]
    [Releases("a.NfNet", Counter = "nfsd_net")]
    public static void M(NfsdFile a, NfsdFile b)
    {
        SameNet(a, b);
        Net net = a.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        NfsdFilePut(a);
        Touch(b.Next);
        NfsdFilePut(b);
    }

    [Aliases("b.NfNet", "a.NfNet")]
    private static void SameNet(NfsdFile a, NfsdFile b) { }
"""),
        };
    }
}
