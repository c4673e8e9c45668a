using System;
using System.Threading;

namespace NfsdFileCache;

/// <summary>refcount_t helpers: the atomic operations the kernel's reference counts use.</summary>
internal static class Refcount
{
    /// <summary>refcount_inc_not_zero(): false when the count already reached zero (the object is being freed).</summary>
    public static bool IncNotZero(ref int count)
    {
        while (true)
        {
            int old = Volatile.Read(ref count);
            if (old == 0)
                return false;
            if (Interlocked.CompareExchange(ref count, old + 1, old) == old)
                return true;
        }
    }

    /// <summary>refcount_dec_if_one(): drops the count to zero only if it is exactly one.</summary>
    public static bool DecIfOne(ref int count) => Interlocked.CompareExchange(ref count, 0, 1) == 1;
}

/// <summary>A spinlock whose contention is visible to the test scheduler.</summary>
/// <remarks>
/// A thread that finds it held waits at a point named <c>spin_lock(name)</c> until the holder lets it go.
/// </remarks>
public sealed class KernelSpinLock
{
    private int _owner;

    /// <summary>A named, initially free lock.</summary>
    public KernelSpinLock(string name) => Name = name;

    /// <summary>The lock's kernel name.</summary>
    public string Name { get; }

    /// <summary>lockdep_is_held() for the calling thread.</summary>
    public bool HeldByCurrentThread => Volatile.Read(ref _owner) == Environment.CurrentManagedThreadId;

    /// <summary>spin_lock().</summary>
    public void Lock(Sched sched)
    {
        if (HeldByCurrentThread)
            throw new InvalidOperationException($"spin_lock({Name}) taken twice by one thread: self-deadlock");
        sched.WaitUntil($"spin_lock({Name})", TryLock);
    }

    /// <summary>spin_trylock().</summary>
    public bool TryLock() => Interlocked.CompareExchange(ref _owner, Environment.CurrentManagedThreadId, 0) == 0;

    /// <summary>spin_unlock().</summary>
    public void Unlock()
    {
        int me = Environment.CurrentManagedThreadId;
        if (Interlocked.CompareExchange(ref _owner, 0, me) != me)
            throw new InvalidOperationException($"spin_unlock({Name}) by a thread that does not hold it");
    }
}

/// <summary>struct completion: one thread waits until another signals.</summary>
public sealed class Completion
{
    private int _done;

    /// <summary>A named completion, not yet done.</summary>
    public Completion(string name) => Name = name;

    /// <summary>The completion's kernel name.</summary>
    public string Name { get; }

    /// <summary>complete().</summary>
    public void Complete() => Volatile.Write(ref _done, 1);

    /// <summary>reinit_completion().</summary>
    public void Reinit() => Volatile.Write(ref _done, 0);

    /// <summary>wait_for_completion().</summary>
    public void Wait(Sched sched) => sched.WaitUntil($"wait_for_completion({Name})", () => Volatile.Read(ref _done) != 0);
}

/// <summary>struct percpu_ref, as far as its observable behaviour goes.</summary>
/// <remarks>
/// An initial reference owned by whoever set it up, tryget_live() refused once killed, and the release callback
/// run by the last put after the kill, in the putter's context and with no grace period in between.
/// </remarks>
public sealed class PercpuRef
{
    private readonly object _lock = new();
    private long _count;
    private bool _live;
    private bool _dead;
    private Action? _release;

    /// <summary>How many references are outstanding, the initial one included until the kill drops it.</summary>
    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>percpu_ref_init(): one reference, owned by the caller; <paramref name="release"/> runs on the last put.</summary>
    public void Init(Action release)
    {
        lock (_lock)
        {
            _count = 1;
            _live = true;
            _dead = false;
            _release = release;
        }
    }

    /// <summary>percpu_ref_tryget_live().</summary>
    public bool TryGetLive()
    {
        lock (_lock)
        {
            if (!_live || _dead)
                return false;
            _count++;
            return true;
        }
    }

    /// <summary>percpu_ref_put(): the last one runs the release callback right here.</summary>
    public void Put()
    {
        Action? release;
        lock (_lock)
        {
            if (_count <= 0)
                throw new InvalidOperationException("percpu_ref_put() underflow");
            _count--;
            release = _count == 0 ? _release : null;
        }
        release?.Invoke();
    }

    /// <summary>percpu_ref_kill_and_confirm(): no new references, and the initial one is dropped.</summary>
    public void KillAndConfirm()
    {
        lock (_lock)
        {
            _dead = true;
        }
        Put();
    }

    /// <summary>percpu_ref_exit().</summary>
    public void Exit()
    {
        lock (_lock)
        {
            _live = false;
        }
    }
}
