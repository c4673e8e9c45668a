using System.Collections.Generic;

namespace RefOrder.Analyzers.Tests.CodeFixes.Coverage
{
    /// <summary>RO0001 sites across control flow: straight line, branches, early returns, returned values, loops, switch, goto.</summary>
    internal static partial class CoverageCorpus
    {
        public static IEnumerable<CoverageCase> PutOrderFlow => new[]
        {
            One("StraightLine_V2Order", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        NfsdFilePut(nf);
""")),
            One("StraightLine_ObjectUsedThenPut", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        Touch(nf.Next);
        NfsdFilePut(nf);
""")),
            One("StraightLine_GuardWithoutLock", """
    [Releases("c")]
    [Releases("c.Owner")]
    public static void M(Child c)
    {
        Parent p = c.Owner;
        Kref.ParentPut(p);
        c.Data = 0;
        Kref.ChildPut(c);
    }
"""),
            One("IfElse_PutOnBothBranches", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        if (last)
        {
            NfsdFilePut(nf);
        }
        else
        {
            Touch(nf.Next);
            NfsdFilePut(nf);
        }
""", "NfsdFile nf, bool last")),
            One("IfElse_GuardPutOnOneBranch", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        if (fast)
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }

        NfsdFilePut(nf);
""", "NfsdFile nf, bool fast")),
            One("IfElse_GuardPutOnOneBranch_ObjectUsedAfterJoin", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        if (fast)
        {
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
        }

        Touch(nf.Next);
        NfsdFilePut(nf);
""", "NfsdFile nf, bool fast"), "the guard put is on one branch and the object is used after the join: no single place follows every later access on that branch only"),
            One("EarlyReturn_BeforeTheGuardPut", PutsFileAndGuard("M", """
        if (skip)
        {
            return;
        }

        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        NfsdFilePut(nf);
""", "NfsdFile nf, bool skip")),
            One("EarlyReturn_BetweenTheGuardPutAndTheObjectsPut", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        if (skip)
        {
            NfsdFilePut(nf);
            return;
        }

        NfsdFilePut(nf);
""", "NfsdFile nf, bool skip")),
            One("Return_ExpressionUsingTheObject", """
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static long M([Live] NfsdFile nf)
    {
        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        return Weigh(nf);
    }

    private static int Weigh(NfsdFile nf) => nf.Flags;
"""),
            One("Return_MemberOfTheObject", """
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static int M([Live] NfsdFile nf)
    {
        Net net = nf.NfNet;
        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        return nf.Flags;
    }
"""),
            One("Loop_Foreach", """
    public static void M([Live] List<NfsdFile> files)
    {
        foreach (var nf in files)
        {
            Net net = nf.NfNet;
            RcuReadLock();
            if (!NfsdNetTryGet(net)) { RcuReadUnlock(); continue; }
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(nf);
        }
    }
"""),
            One("Loop_ForWithObjectUse", """
    public static void M([Live] List<NfsdFile> files)
    {
        for (int i = 0; i < files.Count; i++)
        {
            NfsdFile nf = files[i];
            Net net = nf.NfNet;
            RcuReadLock();
            if (!NfsdNetTryGet(net)) { RcuReadUnlock(); continue; }
            NfsdNetPut(net);
            RcuReadUnlock();
            nf.Flags = 0;
        }
    }
"""),
            One("Loop_WhileWithBreakAfter", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        while (n-- > 0)
        {
            if (n == 1)
            {
                break;
            }
        }

        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        Touch(nf.Next);
        NfsdFilePut(nf);
""", "NfsdFile nf, int n")),
            One("Loop_ContinueBetween", """
    public static void M([Live] List<NfsdFile> files)
    {
        foreach (var nf in files)
        {
            Net net = nf.NfNet;
            RcuReadLock();
            if (!NfsdNetTryGet(net)) { RcuReadUnlock(); continue; }
            NfsdNetPut(net);
            RcuReadUnlock();
            if (nf.Flags == 0)
            {
                continue;
            }

            nf.Flags = 0;
        }
    }
"""),
            One("Switch_BracedSection", PutsFileAndGuard("M", """
        switch (mode)
        {
            case 1:
            {
                Net net = nf.NfNet;
                RcuReadLock();
                NfsdNetPut(net);
                RcuReadUnlock();
                Touch(nf.Next);
                NfsdFilePut(nf);
                break;
            }

            default:
            {
                Net saved = nf.NfNet;
                NfsdFilePut(nf);
                RcuReadLock();
                NfsdNetPut(saved);
                RcuReadUnlock();
                break;
            }
        }
""", "NfsdFile nf, int mode")),
            One("Switch_UnbracedSection", PutsFileAndGuard("M", """
        switch (mode)
        {
            case 1:
                Net net = nf.NfNet;
                RcuReadLock();
                NfsdNetPut(net);
                RcuReadUnlock();
                Touch(nf.Next);
                NfsdFilePut(nf);
                break;
            default:
                Net saved = nf.NfNet;
                NfsdFilePut(nf);
                RcuReadLock();
                NfsdNetPut(saved);
                RcuReadUnlock();
                break;
        }
""", "NfsdFile nf, int mode")),
            One("Switch_GuardPutInACase_ObjectPutAfterTheSwitch", PutsFileAndGuard("M", """
        switch (mode)
        {
            case 0:
                break;
            case 1:
                RcuReadLock();
                NfsdNetPut(nf.NfNet);
                RcuReadUnlock();
                break;
            default:
                return;
        }

        NfsdFilePut(nf);
""", "NfsdFile nf, int mode"), "the guard put is in one switch section and the object's put after the switch, which another section leaves by return"),
            One("Goto_AcrossTheGuardPut", PutsFileAndGuard("M", """
        Net net = nf.NfNet;
        if (early)
        {
            goto put;
        }

        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
    put:
        NfsdFilePut(nf);
""", "NfsdFile nf, bool early"), "a label lies between the guard put and the object's put: control can reach the put without passing the guard put"),
        };
    }
}
