using System.Collections.Generic;
using System.Linq;

namespace RefOrder.Analyzers.Tests.CodeFixes.Coverage
{
    /// <summary>
    /// The fix-coverage corpus: code written for this test, not taken from the model, in the shapes real code has
    /// (C# ports of kernel fixes and ordinary C# constructs), one RO0001, RO0002, RO0007 or RO0008 site per case. Each case is the
    /// members of class <c>C</c> over the shared prelude and <see cref="Types"/>.
    /// </summary>
    internal static partial class CoverageCorpus
    {
        /// <summary>Types beyond the prelude: a disposable guarded handle, a parent/child pair without locks, a kref-like object, conditional gets.</summary>
        public const string Types = """
using System;
using RefOrder;

[RefCounted]
[GuardedBy(nameof(NfNet), Counter = "nfsd_net")]
public sealed class Handle : IDisposable
{
    public Net NfNet = null!;
    public int Flags;

    public int Size => Flags;

    public void Dispose() { }
}

[RefCounted]
public sealed class Parent
{
    public int Children;
}

[RefCounted]
[GuardedBy(nameof(Owner))]
public sealed class Child
{
    public Parent Owner = null!;
    public int Data;
}

[RefCounted]
public sealed class Kobj
{
    public Kobj? Parent;
    public int Size;
}

public sealed class Entry
{
    public Net Ns = null!;
    public int Hits;
}

public static class Kref
{
    [Releases("p")] public static void ParentPut(Parent p) { }
    [Releases("c")] public static void ChildPut(Child c) { }
    [Acquires("k")] public static void KrefGet(Kobj k) { }
    [TryAcquires("k")] public static bool KrefGetUnlessZero(Kobj k) => true;
    [Releases("k")] public static void KrefPut(Kobj k) { }
}

public static class NetRefs
{
    [TryAcquires("net", Counter = "net")] public static bool MaybeGetNet(Net net) => true;
}
""";

        public static IEnumerable<CoverageCase> All => PutOrderFlow.Concat(PutOrderFeatures).Concat(PinPlacement).Concat(ExitRules);

        /// <summary>A method that drops <c>nf</c> and its guard reference (the model's <c>nfsd_file_put_local</c> contract).</summary>
        private static string PutsFileAndGuard(string name, string body, string parameters = "NfsdFile nf") => $$"""
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
    public static void {{name}}({{parameters}})
    {
{{body}}
    }
""";

        private static CoverageCase One(string name, string members, string? refusal = null) => new CoverageCase("RO0001", name, members, refusal);

        private static CoverageCase Two(string name, string members, string? refusal = null) => new CoverageCase("RO0002", name, members, refusal);
    }
}
