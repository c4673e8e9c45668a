using System;
using System.Threading;

namespace NfsdFileCache;

/// <summary>What went wrong with memory. The model stops a thread at the first oops, as the kernel would.</summary>
public enum ViolationKind
{
    /// <summary>kmem_cache_destroy() of a cache that still has allocated objects.</summary>
    ObjectsRemaining,

    /// <summary>kmem_cache_free() into a cache that was already destroyed.</summary>
    FreeIntoDestroyedCache,

    /// <summary>kmem_cache_alloc() from a cache that was already destroyed.</summary>
    AllocFromDestroyedCache,

    /// <summary>The same object freed twice.</summary>
    DoubleFree,

    /// <summary>An fsnotify mark put against nfsd's fsnotify group after the group was destroyed.</summary>
    MarkPutOnDestroyedGroup,

    /// <summary>struct net (or its net_generic storage) dereferenced after cleanup_net() freed it.</summary>
    NetUseAfterFree,

    /// <summary>An nfsd_file touched after it went back to the slab.</summary>
    FileUseAfterFree,

    /// <summary>nfsd_file_free() found the file still on the LRU and leaked it (WARN_ON_ONCE).</summary>
    LeakedOnLru,
}

/// <summary>One detected violation: its kind and what the offending thread was doing.</summary>
public sealed record Violation(ViolationKind Kind, string What)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {What}";
}

/// <summary>A memory-safety violation the model detected: the oops that stops the offending thread.</summary>
public sealed class UseAfterFreeException : Exception
{
    /// <summary>The oops for <paramref name="violation"/>.</summary>
    public UseAfterFreeException(Violation violation)
        : base(violation.ToString())
    {
        Violation = violation;
    }

    /// <summary>What was detected.</summary>
    public Violation Violation { get; }
}

/// <summary>A slab cache (struct kmem_cache): it counts its objects and knows when it has been destroyed.</summary>
public sealed class KmemCache
{
    private readonly Kernel _kernel;
    private int _objects;

    /// <summary>kmem_cache_create().</summary>
    public KmemCache(Kernel kernel, string name)
    {
        _kernel = kernel;
        Name = name;
    }

    /// <summary>The cache's name.</summary>
    public string Name { get; }

    /// <summary>Whether kmem_cache_destroy() has run.</summary>
    public bool Destroyed { get; private set; }

    /// <summary>Objects allocated and not yet freed.</summary>
    public int Objects => Volatile.Read(ref _objects);

    /// <summary>kmem_cache_alloc().</summary>
    public void Alloc(string what)
    {
        if (Destroyed)
            throw _kernel.Oops(ViolationKind.AllocFromDestroyedCache, $"kmem_cache_alloc({Name}) for {what} after kmem_cache_destroy({Name})");
        Interlocked.Increment(ref _objects);
    }

    /// <summary>kmem_cache_free().</summary>
    public void Free(string what)
    {
        if (Destroyed)
            throw _kernel.Oops(ViolationKind.FreeIntoDestroyedCache, $"kmem_cache_free({Name}, {what}) after kmem_cache_destroy({Name})");
        Interlocked.Decrement(ref _objects);
    }

    /// <summary>kmem_cache_destroy(): "objects remaining" means someone will free into a dead cache later.</summary>
    public void Destroy()
    {
        Destroyed = true;
        int remaining = Objects;
        if (remaining != 0)
            throw _kernel.Oops(ViolationKind.ObjectsRemaining, $"kmem_cache_destroy({Name}): {remaining} object(s) remaining");
    }
}
