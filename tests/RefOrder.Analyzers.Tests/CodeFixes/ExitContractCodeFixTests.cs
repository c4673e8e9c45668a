using System.Threading.Tasks;
using Verify = RefOrder.Analyzers.Tests.CodeFixes.FixVerifier<RefOrder.CodeFixes.ExitContractCodeFix>;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>RO0007's fix: a [Releases] target still held at an exit gets the put the body makes on its other paths; every other breach, and ambiguity, is refused.</summary>
    public class ExitContractCodeFixTests
    {
        private const string Header = ReferenceLeakCodeFixTests.Header;

        private static Task Fixes(string members, string fixedMembers) =>
            Verify.VerifyWithExitRulesAsync(Header + members + "}\n", Header + fixedMembers + "}\n");

        private static Task Refuses(string members) => Verify.VerifyNoFixWithExitRulesAsync(Header + members + "}\n");

        [Fact]
        public Task ReleasesForgottenOnTheErrorPath_IsPutBeforeTheReturn() => Fixes("""
    [Releases("nf")]
    public static int M(NfsdFile nf, bool fail)
    {
        if (fail)
        {
            {|RO0007:return -5;|}
        }

        Touch(nf.Flags);
        NfsdFilePut(nf);
        return 0;
    }
""", """
    [Releases("nf")]
    public static int M(NfsdFile nf, bool fail)
    {
        if (fail)
        {
            NfsdFilePut(nf);
            return -5;
        }

        Touch(nf.Flags);
        NfsdFilePut(nf);
        return 0;
    }
""");

        [Fact]
        public Task AReturnWithoutBraces_GetsABlock() => Fixes("""
    [Releases("nf")]
    public static int M(NfsdFile nf, bool fail)
    {
        if (fail) {|RO0007:return -5;|}
        else Touch(nf.Flags);
        NfsdFilePut(nf);
        return 0;
    }
""", """
    [Releases("nf")]
    public static int M(NfsdFile nf, bool fail)
    {
        if (fail)
        {
            NfsdFilePut(nf);
            return -5;
        }
        else Touch(nf.Flags);
        NfsdFilePut(nf);
        return 0;
    }
""");

        [Fact]
        public Task TheEndOfAVoidMethod_GetsThePut() => Fixes("""
    [Releases("nf")]
    public static void M(NfsdFile nf, bool bad)
    {
        if (bad)
        {
            NfsdFilePut(nf);
            throw new InvalidOperationException();
        }

        Touch(nf.Flags);
    {|RO0007:}|}
""", """
    [Releases("nf")]
    public static void M(NfsdFile nf, bool bad)
    {
        if (bad)
        {
            NfsdFilePut(nf);
            throw new InvalidOperationException();
        }

        Touch(nf.Flags);
        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task AReturnInsideTryFinally_IsPutInsideTheTry() => Fixes("""
    [Releases("nf")]
    public static int M(NfsdFile nf, bool fail)
    {
        try
        {
            if (fail)
            {
                {|RO0007:return -5;|}
            }

            Touch(nf.Flags);
        }
        finally
        {
            Touch(null);
        }

        NfsdFilePut(nf);
        return 0;
    }
""", """
    [Releases("nf")]
    public static int M(NfsdFile nf, bool fail)
    {
        try
        {
            if (fail)
            {
                NfsdFilePut(nf);
                return -5;
            }

            Touch(nf.Flags);
        }
        finally
        {
            Touch(null);
        }

        NfsdFilePut(nf);
        return 0;
    }
""");

        [Fact]
        public Task FixAllPutsAtEveryExitThatMissesIt() => Fixes("""
    [Releases("nf")]
    public static int M(NfsdFile nf, int mode)
    {
        switch (mode)
        {
            case 1:
                {|RO0007:return -1;|}
            case 2:
                Touch(nf.Flags);
                {|RO0007:return -2;|}
        }

        NfsdFilePut(nf);
        return 0;
    }
""", """
    [Releases("nf")]
    public static int M(NfsdFile nf, int mode)
    {
        switch (mode)
        {
            case 1:
                NfsdFilePut(nf);
                return -1;
            case 2:
                Touch(nf.Flags);
                NfsdFilePut(nf);
                return -2;
        }

        NfsdFilePut(nf);
        return 0;
    }
""");

        [Fact]
        public Task Refused_WhenTheReturnedValueReadsTheTarget() => Refuses("""
    [Releases("nf")]
    public static int M(NfsdFile nf, bool fail)
    {
        if (fail) {|RO0007:return nf.Flags;|}
        NfsdFilePut(nf);
        return 0;
    }
""");

        [Fact]
        public Task Refused_WhenTheBodyPutsTheTargetInTwoWays() => Refuses("""
    [Releases("nf")]
    private static void Drop(NfsdFile nf) => NfsdFilePut(nf);

    [Releases("nf")]
    public static int M(NfsdFile nf, int mode)
    {
        if (mode == 1) {|RO0007:return -1;|}
        if (mode == 2)
        {
            Drop(nf);
            return -2;
        }

        NfsdFilePut(nf);
        return 0;
    }
""");

        [Fact]
        public Task Refused_WhenThePutNeedsALock() => Refuses("""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static int M(NfsdFile nf, bool quick)
    {
        Net net = nf.NfNet;
        NfsdFilePut(nf);
        if (quick)
        {
            {|RO0007:return 1;|}
        }

        RcuReadLock();
        NfsdNetPut(net);
        RcuReadUnlock();
        return 0;
    }
""");

        [Fact]
        public Task Refused_ForAMissingAcquire() => Refuses("""
    [Acquires("return")]
    public static NfsdFile M(Holder h)
    {
        var nf = h.Borrowed;
        NfsdFilePut(h.File);
        {|RO0007:return nf;|}
    }
""");

        [Fact]
        public Task Refused_WhenTheParameterIsReassigned() => Refuses("""
    [Releases("nf")]
    public static int M(NfsdFile nf, Holder h, bool fail)
    {
        if (fail)
        {
            nf = h.Borrowed;
            {|RO0007:return -1;|}
        }

        NfsdFilePut(nf);
        return 0;
    }
""");
    }
}
