using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// Issue 12, item 1: a type parameter constrained to a [RefCounted] class or interface is refcounted, and
    /// member paths through the constraint resolve, so generic containers of refcounted nodes are checked like the
    /// nodes themselves (and valid contracts on them are not annotation errors that break the build).
    /// </summary>
    public class GenericTypeParameterTests
    {
        /// <summary>A refcounted tree: a node's teardown needs its parent, so the parent guards it.</summary>
        private const string Tree = """
using RefOrder;

[RefCounted]
[GuardedBy(nameof(Parent))]
public class RefNode
{
    public RefNode? Parent;
    public int Value;
}

[RefCounted]
public interface IPooled
{
    Pool Owner { get; }
}

[RefCounted]
public sealed class Pool
{
}

public static class Nodes
{
    [Acquires("n")] public static void Get(RefNode n) { }
    [TryAcquires("n")] public static bool TryGet(RefNode n) => true;
    [Releases("n")] public static void Put(RefNode n) { }
    public static void Touch(object? o) { }
}

""";

        [Fact]
        public Task Valid_ContractsOnConstrainedTypeParameter_AreNotAnnotationErrors() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Tree + """
public sealed class Cache<T> where T : RefNode
{
    [HoldsRef] public T? Item;

    [Acquires("item")] public static void Pin(T item) { }
    [Releases("item")] public static void Unpin(T item) { }
    [Releases("item.Parent")] public static void UnpinParent(T item) { }
    [TryAcquires("return")] public T? Find(int key) => null;
}

[RefCounted]
[GuardedBy(nameof(Node))]
public sealed class Leaf<T> where T : RefNode
{
    public T Node = null!;
}

public sealed class Lease<T> where T : IPooled
{
    [Releases("item.Owner")] public static void Return(T item) { }
}
""");

        [Fact]
        public Task GuardedByThroughConstrainedMember_ParentPutFirst_IsReported() => DropChild("""
        {|RO0001:Nodes.Put(parent)|};
        Nodes.Put(child);
""");

        [Fact]
        public Task GuardedByThroughConstrainedMember_ChildPutFirst_IsSilent() => DropChild("""
        Nodes.Put(child);
        Nodes.Put(parent);
""");

        [Fact]
        public Task GuardMemberOfTypeParameter_PutOrderThroughGenericLeaf_IsReported() => DropLeaf("""
        {|RO0001:Nodes.Put(node)|};
        PutLeaf(leaf);
""");

        [Fact]
        public Task GuardMemberOfTypeParameter_LeafPutFirst_IsSilent() => DropLeaf("""
        PutLeaf(leaf);
        Nodes.Put(node);
""");

        [Fact]
        public Task UseAfterPutThroughGenericContract_IsReported() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Tree + """
public sealed class Cache<T> where T : RefNode
{
    [Releases("item")] public static void Unpin(T item) { }

    [Releases("item")]
    public static int Drop(T item)
    {
        Unpin(item);
        return {|RO0003:item.Value|};
    }
}
""");

        [Fact]
        public Task AcquireOnConstrainedTypeParameter_NotKnownLive_IsReported() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Tree + """
public sealed class Cache<T> where T : RefNode
{
    public T? Borrowed;

    [Acquires("item")] public static void Pin(T item) { }

    public void Keep()
    {
        var item = Borrowed!;
        {|RO0002:Pin(item)|};
        Nodes.Put(item);
    }
}
""");

        /// <summary>A T : RefNode child, guarded through the constraint by its parent, dropped by <paramref name="puts"/>.</summary>
        private static Task DropChild(string puts) =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Tree + """
public static class Use
{
    [Releases("child")]
    public static void Drop<T>(T child) where T : RefNode
    {
        var parent = child.Parent!;
        if (!Nodes.TryGet(parent)) { Nodes.Put(child); return; }
""" + puts + """
    }
}
""");

        /// <summary>A leaf guarded by a member of type T (a constrained type parameter), dropped by <paramref name="puts"/>.</summary>
        private static Task DropLeaf(string puts) =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Tree + """
[RefCounted]
[GuardedBy(nameof(Node))]
public sealed class Leaf<T> where T : RefNode
{
    public T Node = null!;
}

public static class Use
{
    [Releases("leaf")] public static void PutLeaf<T>(Leaf<T> leaf) where T : RefNode { }

    [Releases("leaf")]
    [Releases("leaf.Node")]
    public static void Drop<T>(Leaf<T> leaf) where T : RefNode
    {
        T node = leaf.Node;
""" + puts + """
    }
}
""");
    }
}
