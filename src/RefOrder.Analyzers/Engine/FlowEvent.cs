using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Engine
{
    /// <summary>The event language a method body is lowered to. Each kind has one transfer function.</summary>
    internal enum EventKind
    {
        /// <summary><c>Target := Source</c> (a local, parameter or capture takes the value of a place).</summary>
        Assign,

        /// <summary><c>Target := a new value</c>: created by <c>new</c> (<see cref="FlowEvent.IsNew"/>) or unknown.</summary>
        Fresh,

        /// <summary><c>Target.Member := Source</c>: a field or property write.</summary>
        Store,

        /// <summary>The value at Target is dereferenced, passed or returned.</summary>
        Use,

        /// <summary>One more reference of Counter on Target; the target must be known live.</summary>
        Acquire,

        /// <summary>Like Acquire, but only where the value at Source (the success token) is true or non-null.</summary>
        TryAcquire,

        /// <summary>One reference of Counter on Target is dropped.</summary>
        Release,

        /// <summary>Target must be known live (a [Live] argument).</summary>
        RequireLive,

        Lock,
        Unlock,

        /// <summary>Lock must be held (a call to a [RequiresLock] method).</summary>
        RequireLock,

        /// <summary><c>Liveness.Assume(Target, …)</c>.</summary>
        Assume,

        /// <summary>After a call, the places Target and Source denote one value ([Aliases]).</summary>
        Alias,

        /// <summary><c>Target := Source; Source := Extra</c> (<c>Interlocked.Exchange(ref Source, Extra)</c>).</summary>
        Exchange,

        /// <summary>Target := an element of the collection (or enumerator) at Source.</summary>
        ElementOf,

        /// <summary>Target := an enumerator or view over the collection at Source (elements as live as Source's).</summary>
        CollectionView,

        /// <summary>A test point: engine tests inspect the facts here.</summary>
        Probe,

        /// <summary>A call with no reference effect: nothing changes, but it may throw.</summary>
        Call,
    }

    /// <summary>One event of the lowered body. Which fields are set depends on <see cref="Kind"/>.</summary>
    internal sealed class FlowEvent
    {
        private FlowEvent(EventKind kind, IOperation site)
        {
            Kind = kind;
            Site = site;
        }

        public EventKind Kind { get; private set; }

        /// <summary>The operation the event comes from; its syntax is where a finding is reported.</summary>
        public IOperation Site { get; private set; }

        public Place? Target { get; private set; }

        public Place? Source { get; private set; }

        public Place? Extra { get; private set; }

        public string? Counter { get; private set; }

        public string? Lock { get; private set; }

        /// <summary>For Fresh: the value was created by <c>new</c> in this method (known live).</summary>
        public bool IsNew { get; private set; }

        /// <summary>For Fresh: the value is the null literal.</summary>
        public bool IsNullLiteral { get; private set; }

        /// <summary>For Acquire: the target is the call's own result, so there is no liveness to check.</summary>
        public bool IsReturnTarget { get; private set; }

        /// <summary>For TryAcquire: success is a non-null token rather than <c>true</c>.</summary>
        public bool SuccessIsNonNull { get; private set; }

        /// <summary>For RequireLive and RequireLock: the parameter or callee named in the finding.</summary>
        public string? Detail { get; private set; }

        /// <summary>The callee of a call event (for messages).</summary>
        public IMethodSymbol? Callee { get; private set; }

        /// <summary>A stable number for the event within its body (names values created here).</summary>
        public int Id { get; set; }

        /// <summary>The event is a call that may throw: a handler can see the state just before it.</summary>
        public bool MayThrow { get; private set; }

        public ImmutableArray<Place> ProbePlaces { get; private set; }

        public static FlowEvent Assign(IOperation site, Place target, Place source) =>
            new FlowEvent(EventKind.Assign, site) { Target = target, Source = source };

        public static FlowEvent Fresh(IOperation site, Place target, bool isNew) =>
            new FlowEvent(EventKind.Fresh, site) { Target = target, IsNew = isNew };

        public static FlowEvent Null(IOperation site, Place target) =>
            new FlowEvent(EventKind.Fresh, site) { Target = target, IsNullLiteral = true };

        public static FlowEvent Store(IOperation site, Place target, Place? source) =>
            new FlowEvent(EventKind.Store, site) { Target = target, Source = source };

        public static FlowEvent Use(IOperation site, Place target) =>
            new FlowEvent(EventKind.Use, site) { Target = target };

        public static FlowEvent Acquire(IOperation site, Place target, string counter, IMethodSymbol callee, bool isReturnTarget) =>
            new FlowEvent(EventKind.Acquire, site) { Target = target, Counter = counter, Callee = callee, IsReturnTarget = isReturnTarget, MayThrow = true };

        public static FlowEvent TryAcquire(IOperation site, Place target, string counter, Place token, bool successIsNonNull, IMethodSymbol callee) =>
            new FlowEvent(EventKind.TryAcquire, site) { Target = target, Counter = counter, Source = token, SuccessIsNonNull = successIsNonNull, Callee = callee, MayThrow = true };

        public static FlowEvent Release(IOperation site, Place target, string counter, IMethodSymbol callee) =>
            new FlowEvent(EventKind.Release, site) { Target = target, Counter = counter, Callee = callee, MayThrow = true };

        public static FlowEvent RequireLive(IOperation site, Place target, string parameter, IMethodSymbol callee) =>
            new FlowEvent(EventKind.RequireLive, site) { Target = target, Detail = parameter, Callee = callee };

        public static FlowEvent LockEvent(IOperation site, string name) =>
            new FlowEvent(EventKind.Lock, site) { Lock = name, MayThrow = true };

        public static FlowEvent UnlockEvent(IOperation site, string name) =>
            new FlowEvent(EventKind.Unlock, site) { Lock = name, MayThrow = true };

        public static FlowEvent RequireLock(IOperation site, string name, IMethodSymbol callee) =>
            new FlowEvent(EventKind.RequireLock, site) { Lock = name, Callee = callee };

        public static FlowEvent Assume(IOperation site, Place target) =>
            new FlowEvent(EventKind.Assume, site) { Target = target };

        public static FlowEvent Alias(IOperation site, Place target, Place source) =>
            new FlowEvent(EventKind.Alias, site) { Target = target, Source = source };

        public static FlowEvent Exchange(IOperation site, Place result, Place location, Place? newValue) =>
            new FlowEvent(EventKind.Exchange, site) { Target = result, Source = location, Extra = newValue };

        public static FlowEvent ElementOf(IOperation site, Place target, Place collection) =>
            new FlowEvent(EventKind.ElementOf, site) { Target = target, Source = collection };

        public static FlowEvent CollectionView(IOperation site, Place target, Place collection) =>
            new FlowEvent(EventKind.CollectionView, site) { Target = target, Source = collection };

        public static FlowEvent Probe(IOperation site, string label, ImmutableArray<Place> places) =>
            new FlowEvent(EventKind.Probe, site) { Detail = label, ProbePlaces = places };

        /// <summary>Marks an unannotated call: it may throw, which matters inside <c>try</c>.</summary>
        public static FlowEvent Call(IOperation site) =>
            new FlowEvent(EventKind.Call, site) { MayThrow = true };

        public override string ToString() => $"{Kind} {Target} {Source} {Counter}{Lock}";
    }
}
