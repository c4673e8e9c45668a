using System;

namespace NfsdFileCache;

/// <summary>Named preemption points and blocking waits.</summary>
/// <remarks>
/// The model calls <see cref="Point"/> where a thread could be preempted in a way that matters to the review's
/// races, and <see cref="WaitUntil"/> where a kernel thread would sleep or spin. A test scheduler installs <see
/// cref="Hook"/> to park the calling thread there and choose who runs next, which makes an interleaving a fixed,
/// repeatable script. Without a hook a point costs nothing and a wait that cannot proceed throws: with no other
/// thread running it would never end.
/// </remarks>
public sealed class Sched
{
    /// <summary>Called with the point's name, and whether the thread is blocked there (it waits on a condition).</summary>
    public Action<string, bool>? Hook { get; set; }

    /// <summary>A place where the calling thread may be preempted.</summary>
    public void Point(string where) => Hook?.Invoke(where, false);

    /// <summary>Blocks (sleeps or spins) until <paramref name="ready"/> holds; each failed check lets others run.</summary>
    public void WaitUntil(string what, Func<bool> ready)
    {
        while (!ready())
        {
            Action<string, bool> hook = Hook
                ?? throw new InvalidOperationException($"{what} would wait forever: no scheduler runs any other thread");
            hook(what, true);
        }
    }
}
