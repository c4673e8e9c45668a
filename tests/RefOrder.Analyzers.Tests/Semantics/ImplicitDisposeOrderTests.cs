using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// Issue 12, item 6: nested <c>using</c> statements and <c>using var</c> declarations dispose in reverse
    /// declaration order, and the Dispose calls the compiler inserts carry their implementation's contract: when
    /// they drop the guard's reference before the object it guards, that is RO0001 as for an explicit put.
    /// </summary>
    public class ImplicitDisposeOrderTests
    {
        /// <summary>
        /// A connection pool: a connection's teardown returns it to its pool, so the pool guards it; both are
        /// disposable handles whose Dispose drops one reference.
        /// </summary>
        private static string Pools(string members) => """
using System;
using RefOrder;

[RefCounted]
public sealed class Pool : IDisposable
{
    [Releases("this")] public void Dispose() { }
}

[RefCounted]
[GuardedBy(nameof(Owner))]
public sealed class Connection : IDisposable
{
    [HoldsRef] public Pool Owner = null!;
    public int Id;
    [Releases("this")] public void Dispose() { }
}

public static class Pools
{
    [Acquires("return")] public static Pool Open(string name) => new Pool();
    [Acquires("pool")] [Aliases("return", "pool")] public static Pool Pin(Pool pool) => pool;
    [Acquires("return")] [Aliases("return.Owner", "pool")] public static Connection Rent(Pool pool) => new Connection();
    [Acquires("return")] public static Connection Connect(string name) => new Connection();
}

public static class Queries
{
""" + members + """
}
""";

        [Fact]
        public Task Valid_UsingVar_GuardDeclaredFirst_IsDisposedLast() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pools("""
    public static int Query(string name)
    {
        using var pool = Pools.Open(name);
        using var conn = Pools.Rent(pool);
        return conn.Id;
    }
"""));

        [Fact]
        public Task Valid_NestedUsingStatements_DisposeInnerFirst() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pools("""
    public static int Query(string name)
    {
        using (var pool = Pools.Open(name))
        using (var conn = Pools.Rent(pool))
        {
            return conn.Id;
        }
    }
"""));

        [Fact]
        public Task Valid_UsingVar_PinDisposedFirst_TheConnectionStillHoldsItsPool() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pools("""
    public static int Query(string name)
    {
        using var conn = Pools.Connect(name);
        using var pool = Pools.Pin(conn.Owner);
        return conn.Id;
    }
"""));

        [Fact]
        public Task UsingVar_GuardDeclaredAfterObject_IsDisposedFirst() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Cursors("""
    public static int Query(string name)
    {
        var pool = Cursors.Open(name);
        using var cursor = Cursors.OpenCursor(pool);
        using var {|RO0001:guard = pool|};
        return cursor.Row;
    }
"""));

        [Fact]
        public Task UsingStatementEnds_BeforeExplicitDisposeOfGuardedObject() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Cursors("""
    public static void Query(string name)
    {
        var pool = Cursors.Open(name);
        var cursor = Cursors.OpenCursor(pool);
        using ({|RO0001:pool|})
        {
            cursor.Row = 1;
        }

        cursor.Dispose();
    }
"""));

        /// <summary>A cursor borrows its pool (holds no reference on it): only the method's own pool reference keeps it valid.</summary>
        private static string Cursors(string members) => """
using System;
using RefOrder;

[RefCounted]
public sealed class Pool : IDisposable
{
    [Releases("this")] public void Dispose() { }
}

[RefCounted]
[GuardedBy(nameof(Owner))]
public sealed class Cursor : IDisposable
{
    public Pool Owner = null!;
    public int Row;
    [Releases("this")] public void Dispose() { }
}

public static class Cursors
{
    [Acquires("return")] public static Pool Open(string name) => new Pool();
    [Acquires("return")] [Aliases("return.Owner", "pool")] public static Cursor OpenCursor([Live] Pool pool) => new Cursor();
}

public static class Queries
{
""" + members + """
}
""";

        [Fact]
        public Task Valid_ExplicitDisposeOfGuardedObject_InsideTheGuardsUsing() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pools("""
    public static void Query(string name)
    {
        var conn = Pools.Connect(name);
        using (var pool = Pools.Pin(conn.Owner))
        {
            conn.Id = 1;
            conn.Dispose();
        }
    }
"""));
    }
}
