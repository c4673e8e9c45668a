using System;
using System.Collections.Generic;
using System.Threading;
using RefOrder;

namespace NfsdFileCache;

// RCU as the protocol sees it: read-side sections (a lock for RefOrder, a per-thread nesting count here),
// call_rcu() callbacks that run only after a grace period, and rcu_barrier(), which waits for every callback
// queued so far. A grace period cannot end while any thread is inside a read-side section.
public sealed partial class Kernel
{
    private readonly ThreadLocal<int> _rcuNesting = new(() => 0);
    private readonly object _rcuLock = new();
    private readonly List<Action> _rcuCallbacks = new();
    private int _rcuReaders;

    /// <summary>Port of rcu_read_lock().</summary>
    [Locks("rcu")]
    public void RcuReadLock()
    {
        if (_rcuNesting.Value++ == 0)
            Interlocked.Increment(ref _rcuReaders);
    }

    /// <summary>Port of rcu_read_unlock().</summary>
    [Unlocks("rcu")]
    public void RcuReadUnlock()
    {
        if (_rcuNesting.Value == 0)
            throw new InvalidOperationException("rcu_read_unlock() without rcu_read_lock()");
        if (--_rcuNesting.Value == 0)
            Interlocked.Decrement(ref _rcuReaders);
    }

    /// <summary>Port of call_rcu(): <paramref name="callback"/> runs after a grace period.</summary>
    public void CallRcu(Action callback)
    {
        lock (_rcuLock)
        {
            _rcuCallbacks.Add(callback);
        }
    }

    /// <summary>Port of rcu_barrier(): returns once every callback queued before it has run.</summary>
    public void RcuBarrier() => RunRcuCallbacks("rcu_barrier()");

    /// <summary>Lets a grace period elapse, running the callbacks queued so far (RCU's own kthreads do this).</summary>
    public void RcuGracePeriod() => RunRcuCallbacks("synchronize_rcu()");

    /// <summary>lockdep's RCU check for functions that are __must_hold(rcu).</summary>
    internal void AssertRcuReader(string function)
    {
        if (_rcuNesting.Value == 0)
            throw new InvalidOperationException($"{function}() called outside rcu_read_lock()");
    }

    /// <summary>might_sleep(): sleeping inside an RCU read-side section is a bug.</summary>
    internal void AssertMaySleep(string function)
    {
        if (_rcuNesting.Value != 0)
            throw new InvalidOperationException($"{function}() may sleep and was called inside rcu_read_lock()");
    }

    private void RunRcuCallbacks(string what)
    {
        Action[] due;
        lock (_rcuLock)
        {
            due = _rcuCallbacks.ToArray();
            _rcuCallbacks.Clear();
        }
        if (due.Length == 0)
            return;
        // The grace period these callbacks wait for ends only when no reader is left; a reader on this thread
        // would wait for itself.
        if (_rcuNesting.Value != 0)
            throw new InvalidOperationException($"{what} inside rcu_read_lock(): self-deadlock");
        Sched.WaitUntil(what, () => Volatile.Read(ref _rcuReaders) == 0);
        foreach (Action callback in due)
            callback();
    }
}
