using System.Threading.Tasks;
using Verify = RefOrder.Analyzers.Tests.CodeFixes.FixVerifier<RefOrder.CodeFixes.ReferenceLeakCodeFix>;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>RO0008's fix: the put the body makes on its other paths, copied to the exit that misses it; and where it is refused.</summary>
    public class ReferenceLeakCodeFixTests
    {
        internal const string Header = """
using System;
using System.Collections.Generic;
using RefOrder;
using static Api;

public static class C
{

""";

        private static Task Fixes(string members, string fixedMembers) =>
            Verify.VerifyWithExitRulesAsync(Header + members + "}\n", Header + fixedMembers + "}\n");

        private static Task Refuses(string members) => Verify.VerifyNoFixWithExitRulesAsync(Header + members + "}\n");

        [Fact]
        public Task MissingPutOnTheErrorPath_IsPutBeforeTheReturn() => Fixes("""
    public static int M([Live] Net net, bool fail)
    {
        GetNet(net);
        if (fail)
        {
            // -ENOMEM
            {|RO0008:return -12;|}
        }

        PutNet(net);
        return 0;
    }
""", """
    public static int M([Live] Net net, bool fail)
    {
        GetNet(net);
        if (fail)
        {
            PutNet(net);
            // -ENOMEM
            return -12;
        }

        PutNet(net);
        return 0;
    }
""");

        [Fact]
        public Task AReturnWithoutBraces_GetsABlock_AndTheActionSaysWhatIsPutAndWhere()
        {
            var test = Verify.CreateWithExitRules(
                Header + """
    public static int M([Live] Net net, bool fail)
    {
        GetNet(net);
        if (fail) {|RO0008:return -12;|}
        PutNet(net);
        return 0;
    }
}
""",
                Header + """
    public static int M([Live] Net net, bool fail)
    {
        GetNet(net);
        if (fail)
        {
            PutNet(net);
            return -12;
        }
        PutNet(net);
        return 0;
    }
}
""");
            test.CodeActionVerifier = (action, verifier) => verifier.Equal("Put 'net' before this return", action.Title);
            return test.RunAsync();
        }

        [Fact]
        public Task AReturnInALoop_PutsTheElementTakenInThatIteration() => Fixes("""
    public static int M(List<NfsdFile> files)
    {
        foreach (var f in files)
        {
            var held = NfsdFileGet(f);
            if (held != null)
            {
                if (held.Flags == 0)
                {
                    {|RO0008:return 1;|}
                }

                NfsdFilePut(held);
            }
        }

        return 0;
    }
""", """
    public static int M(List<NfsdFile> files)
    {
        foreach (var f in files)
        {
            var held = NfsdFileGet(f);
            if (held != null)
            {
                if (held.Flags == 0)
                {
                    NfsdFilePut(held);
                    return 1;
                }

                NfsdFilePut(held);
            }
        }

        return 0;
    }
""");

        [Fact]
        public Task AReturnInsideTryFinally_IsPutInsideTheTry() => Fixes("""
    public static int M([Live] Net net, bool fail)
    {
        GetNet(net);
        try
        {
            if (fail)
            {
                {|RO0008:return -5;|}
            }

            Touch(net.Id);
        }
        finally
        {
            Touch(null);
        }

        PutNet(net);
        return 0;
    }
""", """
    public static int M([Live] Net net, bool fail)
    {
        GetNet(net);
        try
        {
            if (fail)
            {
                PutNet(net);
                return -5;
            }

            Touch(net.Id);
        }
        finally
        {
            Touch(null);
        }

        PutNet(net);
        return 0;
    }
""");

        [Fact]
        public Task TheEndOfAVoidMethod_GetsThePutTheFailurePathMakes() => Fixes("""
    public static void M([Live] Net net, bool bad)
    {
        GetNet(net);
        if (bad)
        {
            PutNet(net);
            throw new InvalidOperationException();
        }

        Touch(net.Id);
    {|RO0008:}|}
""", """
    public static void M([Live] Net net, bool bad)
    {
        GetNet(net);
        if (bad)
        {
            PutNet(net);
            throw new InvalidOperationException();
        }

        Touch(net.Id);
        PutNet(net);
    }
""");

        [Fact]
        public Task FixAllPutsAtEveryExitThatMissesIt() => Fixes("""
    public static int M([Live] Net net, int mode)
    {
        GetNet(net);
        if (mode == 1) {|RO0008:return -1;|}
        if (mode == 2)
        {
            {|RO0008:return -2;|}
        }

        PutNet(net);
        return 0;
    }

    public static int N(List<NfsdFile> files)
    {
        var held = NfsdFileGet(files[0]);
        if (held == null) return 0;
        if (held.Flags == 1) {|RO0008:return -1;|}
        NfsdFilePut(held);
        return 1;
    }
""", """
    public static int M([Live] Net net, int mode)
    {
        GetNet(net);
        if (mode == 1)
        {
            PutNet(net);
            return -1;
        }
        if (mode == 2)
        {
            PutNet(net);
            return -2;
        }

        PutNet(net);
        return 0;
    }

    public static int N(List<NfsdFile> files)
    {
        var held = NfsdFileGet(files[0]);
        if (held == null) return 0;
        if (held.Flags == 1)
        {
            NfsdFilePut(held);
            return -1;
        }
        NfsdFilePut(held);
        return 1;
    }
""");

        [Fact]
        public Task Refused_WhenTheBodyPutsTheValueInTwoWays() => Refuses("""
    [Releases("net", Counter = "net")]
    private static void Drop(Net net) => PutNet(net);

    public static int M([Live] Net net, int mode)
    {
        GetNet(net);
        if (mode == 1)
        {
            {|RO0008:return -1;|}
        }

        if (mode == 2)
        {
            Drop(net);
            return -2;
        }

        PutNet(net);
        return 0;
    }
""");

        [Fact]
        public Task Refused_WhenTheReturnedValueReadsTheObject() => Refuses("""
    public static int M(List<NfsdFile> files)
    {
        var held = NfsdFileGet(files[0]);
        if (held == null) return 0;
        if (held.Flags > 1) {|RO0008:return held.Flags;|}
        NfsdFilePut(held);
        return 1;
    }
""");

        [Fact]
        public Task Refused_WhenNothingInTheBodyPutsIt() => Refuses("""
    public static void M(Holder h)
    {
        var nf = NfsdFileGet(h.Borrowed);
        if (nf == null) return;
        Touch(nf.Flags);
    {|RO0008:}|}
""");

        [Fact]
        public Task TheKernelShape_AVoidMethodsEarlyReturn_IsPutBeforeThatReturn() => Fixes("""
    public static void M([Live] Net net, bool quick)
    {
        GetNet(net);
        if (quick) {|RO0008:return;|}
        Touch(net.Id);
        PutNet(net);
    }
""", """
    public static void M([Live] Net net, bool quick)
    {
        GetNet(net);
        if (quick)
        {
            PutNet(net);
            return;
        }
        Touch(net.Id);
        PutNet(net);
    }
""");

        [Fact]
        public Task Refused_AtTheEndOfAVoidMethod_WhenAnEarlyReturnIsNotMapped() => Refuses("""
    public static void M([Live] Net net, bool quick, bool other)
    {
        GetNet(net);
        if (quick && other) return;
        Touch(net.Id);
        PutNet(net);
    {|RO0008:}|}
""");
    }
}
