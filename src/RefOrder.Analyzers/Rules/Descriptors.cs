using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// Every descriptor, in one place. Titles are the headings of the rule pages in <c>docs/rules/</c>
    /// (a meta-test keeps them equal); messages name the objects and calls the way a reviewer would.
    /// </summary>
    public static class Descriptors
    {
        /// <summary>RO0001: a guard reference put before the object it guards.</summary>
        public static readonly DiagnosticDescriptor RO0001PutOrder = Create(
            DiagnosticIds.PutOrder,
            "Put the object reference before its guarding namespace reference",
            "'{0}' drops the {1} reference that guards '{2}' before {3}; the last guard put lets teardown run while '{2}' is still {4}",
            DiagnosticSeverity.Warning,
            "The reference on a guard (the namespace whose drain holds off teardown) must be dropped after the reference on every object it guards. Save the guard pointer, put the object, then put the guard.");

        /// <summary>RO0002: an acquire whose target is not known live.</summary>
        public static readonly DiagnosticDescriptor RO0002PinPlacement = Create(
            DiagnosticIds.PinPlacement,
            "Acquire the pin where liveness is guaranteed",
            "'{0}' takes a {1} reference on '{2}', which is not known live here: the pin sits at the consuming end of the window it is meant to close{3}",
            DiagnosticSeverity.Warning,
            "A reference may only be taken on an object known live at that point. Take the pin where liveness is structurally guaranteed, for example where the member is set from a live value.");

        /// <summary>RO0003: an object used after its reference was put.</summary>
        public static readonly DiagnosticDescriptor RO0003UseAfterPut = Create(
            DiagnosticIds.UseAfterPut,
            "Do not use an object after putting its reference",
            "'{0}' {1} '{2}' after '{3}' dropped the reference on it; {4}",
            DiagnosticSeverity.Warning,
            "After a release the object may be gone. Copy what is needed out of it before the put, and do not touch it afterwards.");

        /// <summary>RO0004: a value that must be live is not known live.</summary>
        public static readonly DiagnosticDescriptor RO0004LivenessRequired = Create(
            DiagnosticIds.LivenessRequired,
            "Pass only known-live values where liveness is required",
            "'{0}' is passed to [Live] parameter '{1}' of '{2}' but is not known live here: nothing holds a reference on it, no lock keeps it alive, and it was not read from a member that does",
            DiagnosticSeverity.Warning,
            "A [Live] parameter dereferences its argument. The argument must be known live on every path: held, read from a [HoldsRef] member of a live object, read under the lock of a [LiveUnderLock] member, or a [Live] parameter itself.");

        /// <summary>RO0005: a method that requires a lock called without it.</summary>
        public static readonly DiagnosticDescriptor RO0005LockRequired = Create(
            DiagnosticIds.LockRequired,
            "Hold the lock a callee requires",
            "'{0}' requires '{1}' to be held, but it is not held here on every path{2}",
            DiagnosticSeverity.Warning,
            "A method marked [RequiresLock] relies on its caller holding the lock (lockdep_assert_held, __must_hold). Take the lock before the call.");

        /// <summary>RO0006: a method skipped because it exceeds the analysis bound.</summary>
        public static readonly DiagnosticDescriptor RO0006AnalysisSkipped = Create(
            DiagnosticIds.AnalysisSkipped,
            "Method too large to analyse",
            "RefOrder did not analyse '{0}': {1}; its reference ordering is unchecked",
            DiagnosticSeverity.Info,
            "The flow analysis bounds the work spent on one method. A method past the bound is reported, never silently skipped; split it to get it checked.");

        /// <summary>RO0007: a body that breaks its own contract on an exit path.</summary>
        public static readonly DiagnosticDescriptor RO0007ExitContract = Create(
            DiagnosticIds.ExitContract,
            "Honour the method's own contract on every exit path",
            "{0} {1}, but {2}",
            DiagnosticSeverity.Warning,
            "A method's [Releases], [Acquires], [TryAcquires], [Locks] and [Unlocks] are promises its callers rely on. On every normal exit path the body must keep them: release what it promises to release, hold what it promises to hand back, and leave the locks as it says.");

        /// <summary>RO0008: a reference taken in a method and never put.</summary>
        public static readonly DiagnosticDescriptor RO0008ReferenceLeak = Create(
            DiagnosticIds.ReferenceLeak,
            "Put every reference the method takes",
            "{0} still holds the {1} reference on '{2}' taken at '{3}': it is neither put, stored into a [HoldsRef] member, handed to a releasing callee, nor returned under [Acquires(\"return\")]",
            DiagnosticSeverity.Warning,
            "A reference taken in a method must be dropped or handed on before the method returns, on every path. A missing put on an error path is the most common reference-count bug: the object can never be freed.");

        /// <summary>RO0009: a [HoldsRef] member given a value nothing keeps alive.</summary>
        public static readonly DiagnosticDescriptor RO0009HoldsRefStore = Create(
            DiagnosticIds.HoldsRefStore,
            "Store a reference into a [HoldsRef] member",
            "'{0}' stores '{1}' into [HoldsRef] member '{2}', but the method holds no {3} reference on it to hand over: the member vouches for a value nothing keeps alive",
            DiagnosticSeverity.Warning,
            "A [HoldsRef] member promises that its value is live while its holder is. The value stored must carry a reference: take one first (or receive one under [Releases]) and hand it over with the store.");

        /// <summary>RO0901: a target or member that names nothing.</summary>
        public static readonly DiagnosticDescriptor RO0901UnknownTarget = Create(
            DiagnosticIds.UnknownTarget,
            "Annotation target must name a parameter, this, return or a member path",
            "[{0}] names '{1}', which is {2}",
            DiagnosticSeverity.Error,
            "Targets name a parameter, \"this\", \"return\" or a member path rooted at one of them; members named by [GuardedBy] must exist on the type.");

        /// <summary>RO0902: a counter the type does not declare.</summary>
        public static readonly DiagnosticDescriptor RO0902UnknownCounter = Create(
            DiagnosticIds.UnknownCounter,
            "Counter must be declared by the type",
            "[{0}] {1}",
            DiagnosticSeverity.Error,
            "A counter names one of the reference counts declared by [RefCounted] on the target's type. It may be omitted only when the type declares exactly one.");

        /// <summary>RO0903: Liveness.Assume without a reason.</summary>
        public static readonly DiagnosticDescriptor RO0903AssumeWithoutReason = Create(
            DiagnosticIds.AssumeWithoutReason,
            "Liveness.Assume needs a literal reason",
            "Liveness.Assume on '{0}' needs a non-empty string literal naming the invariant it relies on",
            DiagnosticSeverity.Error,
            "An assumption is a claim of safety a reviewer must be able to check. Its reason is a non-empty literal naming the protocol invariant.");

        /// <summary>RO0904: annotations that contradict each other.</summary>
        public static readonly DiagnosticDescriptor RO0904ContradictoryContract = Create(
            DiagnosticIds.ContradictoryContract,
            "Annotations must not contradict each other",
            "{0}",
            DiagnosticSeverity.Error,
            "A method cannot both acquire and release the same reference, a try-acquire must report success in its return value, and lock annotations must agree.");

        /// <summary>RO0905: a reference-count annotation on a type that is not [RefCounted].</summary>
        public static readonly DiagnosticDescriptor RO0905NotRefCounted = Create(
            DiagnosticIds.NotRefCounted,
            "Reference-count annotations need a [RefCounted] type",
            "[{0}] refers to '{1}' of type '{2}', which is not [RefCounted]",
            DiagnosticSeverity.Error,
            "Acquires, TryAcquires, Releases, HoldsRef and GuardedBy count references on a type that declares its counters with [RefCounted].");

        /// <summary>RO0906: a suppression without a justification.</summary>
        public static readonly DiagnosticDescriptor RO0906UnjustifiedSuppression = Create(
            DiagnosticIds.UnjustifiedSuppression,
            "Justify every RefOrder suppression",
            "{0} suppresses {1} without a justification; a silent claim of safety is what the review was about",
            DiagnosticSeverity.Warning,
            "[SuppressMessage(\"RefOrder\", ...)] needs a Justification and '#pragma warning disable RO....' a trailing comment saying why the finding does not apply.");

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
            new DiagnosticDescriptor(
                id,
                title,
                message,
                DiagnosticIds.Category,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: DiagnosticIds.HelpLink(id));
    }
}
