using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Contracts
{
    /// <summary>
    /// Declarations whose guards form cycles (a node guarded by its parent node, two types guarding each other,
    /// longer rings, generic nodes). Reading them once sent the contract table into unbounded recursion and
    /// killed the compiler with a stack overflow; now they are ordinary declarations, checked like any other.
    /// </summary>
    public class GuardCycleTests
    {
        private const string Tree = """
using RefOrder;

[RefCounted]
[GuardedBy(nameof(Parent))]
public sealed class Node
{
    public Node? Parent;
    public int Value;
}

public static class Tree
{
    [TryAcquires("n")] public static bool TryGet(Node n) => true;
    [Releases("n")] public static void Put(Node n) { }
}
""";

        [Fact]
        public Task SelfGuardedType_ParentPutBeforeChild_IsReported() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Tree + """

public static class Use
{
    [Releases("child")]
    public static void Drop(Node child)
    {
        var parent = child.Parent!;
        if (!Tree.TryGet(parent)) { Tree.Put(child); return; }
        {|RO0001:Tree.Put(parent)|};
        Tree.Put(child);
    }
}
""");

        [Fact]
        public Task SelfGuardedType_ChildPutFirst_IsSilent() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Tree + """

public static class Use
{
    [Releases("child")]
    public static void Drop(Node child)
    {
        var parent = child.Parent!;
        if (!Tree.TryGet(parent)) { Tree.Put(child); return; }
        Tree.Put(child);
        Tree.Put(parent);
    }
}
""");

        [Fact]
        public Task MutualGuards_AreReadWithoutRecursion() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync("""
using RefOrder;

[RefCounted]
[GuardedBy(nameof(B))]
public sealed class A { public B B = null!; }

[RefCounted]
[GuardedBy(nameof(A))]
public sealed class B { public A A = null!; }

public static class Use
{
    [Releases("a")] public static void PutA(A a) { }
    [Releases("b")] public static void PutB(B b) { }

    [Releases("a")]
    public static void Drop(A a)
    {
        var b = a.B;
        PutA(a);
        PutB(b);
    }
}
""");

        [Fact]
        public Task RingOfThreeGuards_WithAWrongCounter_ReportsOnlyTheMistake() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync("""
using RefOrder;

[RefCounted]
[GuardedBy(nameof(Next))]
public sealed class X { public Y Next = null!; }

[RefCounted]
[GuardedBy(nameof(Next))]
public sealed class Y { public Z Next = null!; }

[RefCounted]
[{|RO0902:GuardedBy(nameof(Next), Counter = "pin")|}]
public sealed class Z { public X Next = null!; }
""");

        [Fact]
        public Task GenericSelfGuardedNode_IsReadWithoutRecursion() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync("""
using RefOrder;

[RefCounted]
[GuardedBy(nameof(Parent))]
public sealed class Node<T>
{
    public Node<T>? Parent;
    public Node<Node<T>>? Wrapped;
    public T Value = default!;
}

public static class Use
{
    [Releases("n")] public static void Put<T>(Node<T> n) { }
}
""");
    }
}
