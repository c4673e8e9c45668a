using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// Issue 12, item 9: a C# <c>lock (m)</c> statement, <c>Monitor.Enter/Exit(m)</c> and <c>Lock.EnterScope()</c>
    /// are lock events on the lock named by the member <c>m</c>, so <c>[RequiresLock(nameof(_gate))]</c> and
    /// <c>[LiveUnderLock(nameof(_gate))]</c> work with the language's own locking.
    /// </summary>
    public class LockStatementTests
    {
        /// <summary>
        /// A connection pool: the idle connection is freed only by the reaper, which takes <c>_gate</c>, so it is
        /// live while <c>_gate</c> is held. <c>Lock</c> is declared here as .NET 9 declares it: the tests compile
        /// against .NET 8, which has no <c>System.Threading.Lock</c>, and the compiler binds it by name.
        /// </summary>
        private static string Pool(string members) => """
using System.Threading;
using RefOrder;

namespace System.Threading
{
    public sealed class Lock
    {
        public void Enter() { }
        public void Exit() { }
        public Scope EnterScope() => default;
        public ref struct Scope { public void Dispose() { } }
    }
}

[RefCounted]
public sealed class Connection
{
    public int Id;
}

public sealed partial class ConnectionPool
{
    private readonly object _gate = new object();
    private static readonly object Registry = new object();
    private readonly Lock _slim = new Lock();
    [LiveUnderLock(nameof(_gate))] private Connection _idle = new Connection();
    [LiveUnderLock(nameof(_slim))] private Connection _spare = new Connection();

    [RequiresLock(nameof(_gate))] private void Reap() { }
    [RequiresLock(nameof(Registry))] private static void Register() { }
    [RequiresLock(nameof(_slim))] private void Trim() { }
    private static void Send([Live] Connection c) { }

""" + members + """
}
""";

        [Fact]
        public Task Valid_InsideLockStatement_RequiredLockIsHeldAndGuardedMemberIsLive() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pool("""
    public void Flush()
    {
        lock (_gate)
        {
            Reap();
            Send(_idle);
        }

        lock (Registry)
        {
            Register();
        }
    }
"""));

        [Fact]
        public Task AfterLockStatement_LockIsReleased() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pool("""
    public void Flush()
    {
        lock (_gate)
        {
            Reap();
        }

        {|RO0005:Reap()|};
        Send({|RO0004:_idle|});
    }
"""));

        [Fact]
        public Task LockOnAnotherMember_DoesNotHoldTheRequiredLock() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pool("""
    public void Flush()
    {
        lock (Registry)
        {
            {|RO0005:Reap()|};
            Send({|RO0004:_idle|});
        }
    }
"""));

        [Fact]
        public Task Valid_MonitorEnterExit_HoldsTheMembersLock() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pool("""
    public void Flush()
    {
        Monitor.Enter(_gate);
        try
        {
            Reap();
            Send(_idle);
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }
"""));

        [Fact]
        public Task MonitorExit_ReleasesTheMembersLock() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pool("""
    public void Flush()
    {
        Monitor.Enter(_gate);
        Monitor.Exit(_gate);
        {|RO0005:Reap()|};
    }
"""));

        [Fact]
        public Task Valid_LockEnterScope_HoldsTheLockForTheUsing() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pool("""
    public void Shrink()
    {
        using (_slim.EnterScope())
        {
            Trim();
            Send(_spare);
        }

        using var scope = _slim.EnterScope();
        Trim();
    }
"""));

        [Fact]
        public Task LockEnterScope_EndOfUsingReleasesTheLock() =>
            AllAnalyzersVerifier.VerifyStandaloneAsync(Pool("""
    public void Shrink()
    {
        using (_slim.EnterScope())
        {
            Trim();
        }

        {|RO0005:Trim()|};
        _slim.Enter();
        Send(_spare);
        _slim.Exit();
        Send({|RO0004:_spare|});
    }
"""));
    }
}
