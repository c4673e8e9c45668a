using System.Collections.Generic;

namespace NfsdFileCache;

/// <summary>The simulated host.</summary>
/// <remarks>
/// nfsd's global file cache, RCU, and the namespaces' nfsd state. Every kernel function of the model is a method
/// of this class, split over files by area, so that each test runs its own host and nothing is static.
/// </remarks>
public sealed partial class Kernel : INfsdLocalioOperations
{
    /// <summary>nfsd_net_id: the key of nfsd's per-namespace storage in net_generic().</summary>
    public const int NfsdNetId = 1;

    private readonly object _violationsLock = new();
    private readonly List<Violation> _violations = new();

    /// <summary>Named preemption points and blocking waits; a test scheduler hooks in here.</summary>
    public Sched Sched { get; } = new();

    /// <summary>nfs_to: the LOCALIO operations table through which the NFS client calls into nfsd.</summary>
    public INfsdLocalioOperations NfsTo => this;

    /// <summary>Every memory-safety violation the model detected, in order (oopses and warnings alike).</summary>
    public IReadOnlyList<Violation> Violations
    {
        get
        {
            lock (_violationsLock)
            {
                return _violations.ToArray();
            }
        }
    }

    /// <summary>Records a violation and returns the exception that stops the offending thread (an oops).</summary>
    internal UseAfterFreeException Oops(ViolationKind kind, string what)
    {
        Violation violation = Record(kind, what);
        return new UseAfterFreeException(violation);
    }

    /// <summary>Records a violation the kernel only warns about (WARN_ON) and goes on.</summary>
    internal void Warn(ViolationKind kind, string what) => Record(kind, what);

    private Violation Record(ViolationKind kind, string what)
    {
        Violation violation = new(kind, what);
        lock (_violationsLock)
        {
            _violations.Add(violation);
        }
        return violation;
    }
}
