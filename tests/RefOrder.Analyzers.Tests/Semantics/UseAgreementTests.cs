using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// One notion of use: RO0001 and RO0003 agree on what touches an object after its put. A method that releases
    /// <c>this</c> lives on that reference only until it puts it, so writing a field of <c>this</c> afterwards is a
    /// use after put, as it would be for any other object. And a type that no longer resolves while the user
    /// types raises the compiler's error, not RefOrder's annotation errors on top.
    /// </summary>
    public class UseAgreementTests
    {
        private const string Objects = """
using RefOrder;

[RefCounted]
public sealed class Ns { }

[RefCounted]
[GuardedBy(nameof(Owner))]
public sealed class Obj
{
    public Ns Owner = null!;
    public int State;

    [Releases("this")]
    public void CloseThenTouch()
    {
        Objs.Put(this);
        {|RO0003:State|} = 0;
    }

    [Releases("this")]
    [Releases("this.Owner")]
    public void GuardFirstThenTouch()
    {
        var owner = Owner;
        {|RO0001:Objs.PutNs(owner)|};
        State = 0;
        Objs.Put(this);
    }

    [Releases("this")]
    [Releases("this.Owner")]
    public void TouchThenPutInOrder()
    {
        var owner = Owner;
        State = 0;
        Objs.Put(this);
        Objs.PutNs(owner);
    }
}

public static class Objs
{
    [Releases("o")] public static void Put(Obj o) { }
    [Releases("ns")] public static void PutNs(Ns ns) { }
}
""";

        [Fact]
        public Task WritesOfThisAfterItsOwnPut_AreUsesForBothRules() => AllAnalyzersVerifier.VerifyStandaloneAsync(Objects);

        [Fact]
        public Task AnUnresolvedTypeWhileTyping_RaisesNoAnnotationErrorOnTop() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync("""
using RefOrder;

public static class Typing
{
    [Acquires("x")] public static void Get({|CS0246:Missin|} x) { }
    [HoldsRef] public static {|CS0246:Missin|}? Held;
}
""");
    }
}
