using System.Collections.Generic;

namespace RefOrder.Analyzers.Tests.CodeFixes.Coverage
{
    /// <summary>
    /// RO0007 and RO0008 sites: exits that miss the put the body makes on its other paths (error returns, embedded
    /// returns, switch sections, try, using, lock, loops, local functions, the end of a void method), and the shapes
    /// where the fix is refused.
    /// </summary>
    internal static partial class CoverageCorpus
    {
        public static IEnumerable<CoverageCase> ExitRules => new[]
        {
            Leak("ErrorPath_Enomem", """
    public static int M([Live] Net net, bool fail)
    {
        GetNet(net);
        if (fail)
        {
            return -12;
        }

        PutNet(net);
        return 0;
    }
"""),
            Leak("ErrorPath_Embedded", """
    public static int M([Live] Net net, int id)
    {
        GetNet(net);
        if (id < 0) return -22;
        Touch(net.Id);
        PutNet(net);
        return id;
    }
"""),
            Leak("Lookup_ReturnInLoop", """
    public static int M(List<NfsdFile> files)
    {
        foreach (var f in files)
        {
            var held = NfsdFileGet(f);
            if (held == null) continue;
            if (held.Flags == 0) return 1;
            NfsdFilePut(held);
        }

        return 0;
    }
"""),
            Leak("Switch_Section", """
    public static int M([Live] Net net, int op)
    {
        GetNet(net);
        switch (op)
        {
            case 0:
                return -1;
            default:
                Touch(net.Id);
                break;
        }

        PutNet(net);
        return 0;
    }
"""),
            Leak("Try_ReturnInTry", """
    public static int M(Kobj k, bool fail)
    {
        if (!Kref.KrefGetUnlessZero(k)) return -2;
        try
        {
            if (fail) return -5;
            Touch(k.Size);
        }
        finally
        {
            Touch(null);
        }

        Kref.KrefPut(k);
        return 0;
    }
"""),
            Leak("Using_ReturnInScope", """
    public static int M([Live] Net net, bool fail)
    {
        GetNet(net);
        using (var scope = new Scope())
        {
            if (fail) return -5;
            Touch(scope);
        }

        PutNet(net);
        return 0;
    }
"""),
            Leak("Lock_ReturnInLock", """
    private static readonly object Gate = new object();

    public static int M(Kobj k)
    {
        if (!Kref.KrefGetUnlessZero(k)) return -2;
        lock (Gate)
        {
            if (k.Size == 0) return -1;
            k.Size--;
        }

        Kref.KrefPut(k);
        return 0;
    }
"""),
            Leak("LocalFunction_ErrorPath", """
    public static int M([Live] Net net)
    {
        return Use(3);

        int Use(int n)
        {
            var nf = NfsdFileAcquire(net);
            if (nf == null) return -1;
            if (n > nf.Flags) return -2;
            NfsdFilePut(nf);
            return 0;
        }
    }
"""),
            Leak("VoidEnd_ThrowPathPuts", """
    public static void M([Live] Net net, bool bad)
    {
        GetNet(net);
        if (bad)
        {
            PutNet(net);
            throw new InvalidOperationException();
        }

        Touch(net.Id);
    }
"""),
            Leak("Refused_ReturnReadsTheObject", """
    public static int M(List<NfsdFile> files)
    {
        var held = NfsdFileGet(files[0]);
        if (held == null) return 0;
        if (held.Flags > 1) return held.Flags;
        NfsdFilePut(held);
        return 1;
    }
""", "the returned value reads the object: it must be computed before the put, which is not one insertion"),
            Leak("Refused_NoPutAnywhere", """
    public static void M(Holder h)
    {
        var nf = NfsdFileGet(h.Borrowed);
        if (nf == null) return;
        Touch(nf.Flags);
    }
""", "nothing in the body puts the reference: which release the author meant is not mechanical"),
            Leak("VoidEarlyReturn", """
    public static void M([Live] Net net, bool quick)
    {
        GetNet(net);
        if (quick) return;
        Touch(net.Id);
        PutNet(net);
    }
"""),
            Leak("Refused_VoidEarlyReturnAfterACompoundTest", """
    public static void M([Live] Net net, bool quick, bool other)
    {
        GetNet(net);
        if (quick && other) return;
        Touch(net.Id);
        PutNet(net);
    }
""", "a 'return;' after a compound test is not placed by the engine: the closing brace stands for it and the end of the method"),
            Leak("Refused_PutNeedsTheLock", """
    public static int M(Net net)
    {
        RcuReadLock();
        if (!NfsdNetTryGet(net))
        {
            RcuReadUnlock();
            return -1;
        }

        RcuReadUnlock();
        if (net.Id == 0) return -2;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        return 0;
    }
""", "the put requires rcu, which the exit does not hold"),
            Contract("ErrorPath_Releases", """
    [Releases("nf")]
    public static int M(NfsdFile nf, bool fail)
    {
        if (fail)
        {
            return -5;
        }

        Touch(nf.Flags);
        NfsdFilePut(nf);
        return 0;
    }
"""),
            Contract("Embedded_Releases", """
    [Releases("c")]
    public static int M(Child c)
    {
        if (c.Owner == null) return -22;
        Kref.ChildPut(c);
        return 0;
    }
"""),
            Contract("Switch_Releases", """
    [Releases("k")]
    public static int M(Kobj k, int op)
    {
        switch (op)
        {
            case 1:
                return -1;
            case 2:
                Touch(k.Size);
                return -2;
        }

        Kref.KrefPut(k);
        return 0;
    }
"""),
            Contract("VoidEnd_Releases", """
    [Releases("nf")]
    public static void M(NfsdFile nf, bool bad)
    {
        if (bad)
        {
            NfsdFilePut(nf);
            throw new InvalidOperationException();
        }

        Touch(nf.Flags);
    }
"""),
            Contract("MemberPath_Releases", """
    [Releases("h.File")]
    public static int M(Holder h, bool fail)
    {
        if (fail) return -1;
        NfsdFilePut(h.File);
        return 0;
    }
"""),
            Contract("Refused_GuardPutNeedsTheLock", """
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static int M(NfsdFile nf, bool quick)
    {
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        if (quick)
        {
            return 1;
        }

        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        return 0;
    }
""", "the guard put requires rcu, which the exit does not hold"),
            Contract("Refused_NotAcquired", """
    [Acquires("return")]
    public static NfsdFile M(Holder h)
    {
        var nf = h.Borrowed;
        NfsdFilePut(h.File);
        return nf;
    }
""", "a missing acquire is not a missing put"),
            Contract("Refused_HeldOnFailure", """
    [TryAcquires("net", Counter = "nfsd_net")]
    [RequiresLock("rcu")]
    public static bool M(Net net, bool b)
    {
        if (!NfsdNetTryGet(net)) return false;
        if (b) return false;
        return true;
    }
""", "failure while holding: the put needs rcu and a decision about success"),
            Contract("Refused_LockKept", """
    public static void M(Net net)
    {
        RcuReadLock();
        if (NfsdNetTryGet(net))
        {
            NfsdNetPut(net);
        }
    }
""", "a lock contract, not a reference"),
            Contract("Refused_ReassignedParameter", """
    [Releases("nf")]
    public static int M(NfsdFile nf, Holder h, bool fail)
    {
        if (fail)
        {
            nf = h.Borrowed;
            return -1;
        }

        NfsdFilePut(nf);
        return 0;
    }
""", "the parameter no longer names the object the caller handed over"),
        };

        private static CoverageCase Leak(string name, string members, string? refusal = null) => new CoverageCase("RO0008", name, members, refusal);

        private static CoverageCase Contract(string name, string members, string? refusal = null) => new CoverageCase("RO0007", name, members, refusal);
    }
}
