using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;
using Verify = RefOrder.Analyzers.Tests.CodeFixes.FixVerifier<RefOrder.CodeFixes.PinPlacementCodeFix>;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>RO0002's fix: the pin taken at the liveness site, the member marked, the late acquire gone; and its refusals.</summary>
    public class PinPlacementCodeFixTests
    {
        private const string Header = """
using System.Collections.Generic;
using RefOrder;
using static Api;

public static class C
{

""";

        /// <summary>nfsd_file_alloc(): <c>nf_net</c> set from the caller's live namespace.</summary>
        private const string Alloc = """
    public static NfsdFile Alloc([Live] Net net)
    {
        NfsdFile nf = new NfsdFile();
        nf.Flags = 1;
        // borrowed: the caller guarantees the namespace
        nf.NfNet = net;
        return nf;
    }

""";

        /// <summary>The same with the pin taken where <c>net</c> is live.</summary>
        private const string PinnedAlloc = """
    public static NfsdFile Alloc([Live] Net net)
    {
        NfsdFile nf = new NfsdFile();
        nf.Flags = 1;
        GetNet(net);
        nf.Flags |= 32;
        // borrowed: the caller guarantees the namespace
        nf.NfNet = net;
        return nf;
    }

""";

        /// <summary>v2's nfsd_file_dispose_list_delayed(): pin and record it, on a file nothing keeps live.</summary>
        private const string LateDispose = """
    public static void DisposeDelayed([Live] List<NfsdFile> dispose)
    {
        foreach (NfsdFile nf in dispose)
        {
            // pin the namespace for the dispose list (too late)
            {|RO0002:GetNet(nf.NfNet)|};
            nf.Flags |= 32;

            NfsdNet nn = NetGeneric(nf.NfNet, 0);
            Touch(nn);
        }
    }

""";

        private const string FixedDispose = """
    public static void DisposeDelayed([Live] List<NfsdFile> dispose)
    {
        foreach (NfsdFile nf in dispose)
        {
            NfsdNet nn = NetGeneric(nf.NfNet, 0);
            Touch(nn);
        }
    }

""";

        [Fact]
        public Task PinMovesToTheAllocationAndTheMemberIsMarked()
        {
            return Verify.Create(Header + Alloc + LateDispose + "}\n", Header + PinnedAlloc + FixedDispose + "}\n", MarkedPrelude()).RunAsync();
        }

        [Fact]
        public Task NotOfferedWithoutALivenessSite() =>
            Verify.VerifyNoFixAsync(Header + LateDispose + "}\n");

        [Fact]
        public Task NotOfferedWhenTheSiteStoresAnExpressionRatherThanAVariable() =>
            Verify.VerifyNoFixAsync(Header + """
    public static void Adopt(NfsdFile nf, [Live] Holder h)
    {
        nf.NfNet = h.File.PinnedNet;
    }

""" + LateDispose + "}\n");

        [Fact]
        public Task NotOfferedWhenAnotherWriterSetsTheMember() =>
            Verify.VerifyNoFixAsync(Header + Alloc + """
    public static void Move(NfsdFile nf, Net other)
    {
        nf.NfNet = other;
    }

""" + LateDispose + "}\n");

        [Fact]
        public Task NotOfferedWhenTheAcquireIsNotAStatementOfABlock() =>
            Verify.VerifyNoFixAsync(Header + Alloc + """
    public static void DisposeDelayed([Live] List<NfsdFile> dispose)
    {
        foreach (NfsdFile nf in dispose)
        {
            if (nf.Flags == 0)
                {|RO0002:GetNet(nf.NfNet)|};
        }
    }
}
""");

        [Fact]
        public Task NotOfferedWhenTheAcquireDoesNotBindAtTheSite()
        {
            // The site's file has no 'using static Api;': 'GetNet(net)' would not compile there.
            const string factory = """
using RefOrder;

public static class Factory
{
    public static NfsdFile Alloc([Live] Net net)
    {
        NfsdFile nf = new NfsdFile();
        nf.NfNet = net;
        return nf;
    }
}
""";
            string source = Header + LateDispose + "}\n";
            var test = Verify.Create(source, source);
            test.TestState.Sources.Add(("Factory.cs", factory));
            test.FixedState.Sources.Add(("Factory.cs", factory));
            return test.RunAsync();
        }

        [Fact]
        public Task TheMembersFileGetsTheUsingItNeeds()
        {
            const string types = """
namespace Model
{
    [RefOrder.RefCounted("net")]
    public sealed class Ns
    {
    }

    public sealed class Item
    {
        public Ns Owner = null!;
        public int Bits;
    }
}
""";
            string markedTypes = "using RefOrder;\n\n" + types.Replace("        public Ns Owner", "        [HoldsRef(Counter = \"net\")]\n        public Ns Owner");
            const string source = """
using System.Collections.Generic;
using Model;
using RefOrder;

public static class Cache
{
    [Acquires("ns", Counter = "net")] public static void Pin(Ns ns) { }

    public static Item Make([Live] Ns ns)
    {
        var item = new Item();
        item.Owner = ns;
        return item;
    }

    public static void Late([Live] List<Item> items)
    {
        foreach (var item in items)
        {
            {|RO0002:Pin(item.Owner)|};
            item.Bits |= 1;
        }
    }
}
""";
            string fixedSource = source
                .Replace("        item.Owner = ns;", "        Pin(ns);\n        item.Bits |= 1;\n        item.Owner = ns;")
                .Replace("            {|RO0002:Pin(item.Owner)|};\n            item.Bits |= 1;\n", "");
            var test = Verify.Create(source, fixedSource);
            test.TestState.Sources.Add(("Types.cs", types));
            test.FixedState.Sources.Add(("Types.cs", markedTypes));
            return test.RunAsync();
        }

        [Fact]
        public Task FixAllPinsOnceForTwoLateAcquiresOfTheSameMember()
        {
            string second = LateDispose.Replace("DisposeDelayed", "DisposeAgain");
            var test = Verify.Create(
                Header + Alloc + LateDispose + second + "}\n",
                Header + PinnedAlloc + FixedDispose + second.Replace("{|RO0002:GetNet(nf.NfNet)|}", "GetNet(nf.NfNet)") + "}\n",
                MarkedPrelude());

            // One by one, the first fix makes nf_net a [HoldsRef] member, which already makes the second acquire
            // legal; fix all started with both diagnostics and removes both late pins, the site pinning once.
            test.BatchFixedState.Sources.Add(("/0/Test0.cs", Header + PinnedAlloc + FixedDispose + FixedDispose.Replace("DisposeDelayed", "DisposeAgain") + "}\n"));
            test.BatchFixedState.Sources.Add(("Prelude.cs", MarkedPrelude()));
            return test.RunAsync();
        }

        [Fact]
        public Task FixAllWorksAcrossDocuments()
        {
            string other = Header.Replace("class C", "class D");
            var test = Verify.Create(Header + Alloc + "}\n", Header + PinnedAlloc + "}\n", MarkedPrelude());
            test.TestState.Sources.Add(("Dispose.cs", other + LateDispose + "}\n"));
            test.FixedState.Sources.Add(("Dispose.cs", other + FixedDispose + "}\n"));
            return test.RunAsync();
        }

        /// <summary>The prelude after the fix: <c>NfsdFile.NfNet</c> carries the pin.</summary>
        private static string MarkedPrelude()
        {
            const string member = "    public Net NfNet = null!;";
            Assert.Contains(member, Prelude.Source);
            return Prelude.Source.Replace(member, "    [HoldsRef(Counter = \"net\")]\n" + member);
        }
    }
}
