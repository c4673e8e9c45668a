using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// A reference held through a [HoldsRef] member of an object the method holds (a child that holds its parent)
    /// is another reference on that object: dropping the method's own one neither tears down what it guards nor
    /// ends its use.
    /// </summary>
    public class HeldThroughHolderTests
    {
        private const string Tree = """
using RefOrder;

[RefCounted]
[GuardedBy(nameof(Parent))]
public sealed class Node
{
    [HoldsRef] public Node? Parent;
    public Node? Unheld;
    public int Value;
}

public static class Tree
{
    [TryAcquires("n")] public static bool TryGet(Node n) => true;
    [Releases("n")] public static void Put(Node n) { }
    public static void Touch(object? o) { }
}

public static class Use
{
""";

        private static Task Check(string members) => AllAnalyzersVerifier.VerifyStandaloneAsync(Tree + members + "\n}\n");

        [Fact]
        public Task Valid_ParentsExtraReferenceDroppedFirst_TheChildStillHoldsOne() => Check("""
    [Releases("child")]
    public static void M(Node child)
    {
        var parent = child.Parent!;
        if (!Tree.TryGet(parent)) { Tree.Put(child); return; }
        Tree.Put(parent);
        Tree.Touch(parent.Value);
        Tree.Put(child);
    }
""");

        [Fact]
        public Task WithoutHoldsRef_TheLastParentPutBeforeTheChild_IsReported() => Check("""
    [Releases("child")]
    public static void M(Node child)
    {
        var parent = child.Unheld!;
        if (!Tree.TryGet(parent)) { Tree.Put(child); return; }
        Tree.Put(parent);
        Tree.Touch({|RO0003:parent.Value|});
        Tree.Put(child);
    }
""");

        [Fact]
        public Task ThePutThatDropsTheHoldersOwnReference_EndsIt() => Check("""
    public static void M([RefOrder.Live] Node child)
    {
        var parent = child.Parent!;
        Tree.Put(parent);
        Tree.Touch({|RO0003:parent.Value|});
    }
""");
    }
}
