using System.Linq;
using RefOrder.Analyzers.Tests.Verifiers;
using RefOrder.Benchmarks.Corpora;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>
    /// The declarations generated methods call. The annotated corpora use the rule tests' prelude (linked
    /// from the test project), so the benchmark exercises exactly the contracts the rules are tested on.
    /// </summary>
    internal static class Preludes
    {
        /// <summary>What the blocks need beyond the vocabulary: a disposable scope for <c>using</c>.</summary>
        private const string Support = """
public sealed class Scope : System.IDisposable
{
    public Scope(int count) => Count = count;

    public int Count { get; set; }

    public void Dispose()
    {
    }
}
""";

        /// <summary>
        /// The twin's stand-in for reference counts: a lease is an <c>IDisposable</c> and <c>Pool.Put</c>
        /// disposes it, so CA2000 follows every lease from <c>Get</c> to <c>Put</c>.
        /// </summary>
        private const string Pool = """
public sealed class Lease : System.IDisposable
{
    public Lease(object target) => Target = target;

    public object Target { get; }

    public void Dispose()
    {
    }
}

public static class Pool
{
    public static Lease Get(object target) => new Lease(target);

    public static Lease? TryGet(object? target) => target == null ? null : new Lease(target);

    public static Lease? Kept { get; private set; }

    public static void Put(Lease lease) => lease.Dispose();

    public static void Keep(Lease lease) => Kept = lease;
}
""";

        public static SourceFile[] Annotated() => new[]
        {
            new SourceFile("Prelude.cs", Prelude.Source),
            new SourceFile("Support.cs", Support),
        };

        /// <summary>The same declarations without a single attribute.</summary>
        public static SourceFile[] Unannotated() => new[]
        {
            new SourceFile("Prelude.cs", AttributeStripper.Strip(Prelude.Source)),
            new SourceFile("Support.cs", Support),
        };

        /// <summary>The unannotated declarations plus the pool of disposable leases.</summary>
        public static SourceFile[] Twin() => Unannotated().Append(new SourceFile("Pool.cs", Pool)).ToArray();
    }
}
