using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Engine.Findings
{
    /// <summary>
    /// What the engine reports: a closed family whose every member delivers itself to the one
    /// <see cref="IFindingSink"/> method of its kind, so no dispatch can drop a finding. Findings are records:
    /// two reports of the same thing are equal, which is how duplicates are recognised.
    /// </summary>
    internal abstract record Finding
    {
        public abstract void DeliverTo(IFindingSink sink);
    }

    /// <summary>How an object was touched after its guard reference went.</summary>
    internal enum AccessKind
    {
        Release,
        Use,
    }

    /// <summary>
    /// A guard reference was dropped (the last one the method provably held) and the object it guards was then
    /// released or used (<paramref name="Access"/>).
    /// </summary>
    internal sealed record GuardOrderFinding(IOperation Access, AccessKind Kind, string ObjectName, IOperation GuardRelease, string GuardCounter) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.GuardReleasedBeforeObject(this);
    }

    /// <summary>An acquire whose target is not known live at the call; <paramref name="Member"/> is the member read it targets, if any.</summary>
    internal sealed record AcquireFinding(IOperation Call, string TargetName, string Counter, ISymbol? Member) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.AcquireNotLive(this);
    }

    /// <summary>A value used, or released again (<paramref name="Kind"/>), after a release left it not known live.</summary>
    internal sealed record UseAfterReleaseFinding(IOperation Use, AccessKind Kind, string ObjectName, IOperation Release) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.UseAfterRelease(this);
    }

    /// <summary>An argument to a [Live] parameter that is not known live; <paramref name="Member"/> is the member it was read from, if any.</summary>
    internal sealed record LivenessFinding(IOperation Argument, string ArgumentName, string Parameter, IMethodSymbol Callee, ISymbol? Member) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.ArgumentNotLive(this);
    }

    /// <summary>
    /// A call to a [RequiresLock] method (<paramref name="Callee"/>), or a write of a [LiveUnderLock] member
    /// (<paramref name="WrittenMember"/>), without the lock held on every path.
    /// </summary>
    internal sealed record LockFinding(IOperation Call, string LockName, IMethodSymbol? Callee, ISymbol? WrittenMember = null) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.LockNotHeld(this);
    }

    /// <summary>A member assignment <c>x.M = v</c>, and whether <c>v</c> was known live there (a liveness site when it was).</summary>
    internal sealed record MemberStore(ISymbol Member, IOperation Assignment, bool ValueKnownLive) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.MemberStored(this);
    }

    /// <summary>How a method's body breaks its own contract on an exit path.</summary>
    internal enum ContractBreach
    {
        /// <summary>[Releases(t)]: the caller's reference on t is still held.</summary>
        StillHeld,

        /// <summary>[Acquires(t)], or [TryAcquires(t)] on success: no reference was taken.</summary>
        NotAcquired,

        /// <summary>[TryAcquires(t)] reporting failure while a reference is held.</summary>
        HeldOnFailure,

        /// <summary>[Locks(l)]: the lock is not held at the exit.</summary>
        LockNotTaken,

        /// <summary>[Unlocks(l)], or a lock taken without [Locks(l)]: the lock is still held at the exit.</summary>
        LockStillHeld,

        /// <summary>A lock the method was entered with ([RequiresLock]) was dropped without [Unlocks(l)].</summary>
        LockDropped,
    }

    /// <summary>
    /// On a normal exit path (the <paramref name="Return"/> statement's value, the <paramref name="VoidReturn"/>
    /// statement <c>return;</c> when the lowering knows it, or else the end of <paramref name="Body"/>),
    /// the method's own contract on <paramref name="Subject"/> (a target or a lock) does not hold.
    /// <paramref name="Attribute"/> is the annotation that makes the promise, where there is one.
    /// </summary>
    internal sealed record ExitContractFinding(IOperation? Return, SyntaxNode? VoidReturn, IOperation Body, ContractBreach Breach, string Subject, string? Counter, AttributeData? Attribute) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.ContractBroken(this);
    }

    /// <summary>
    /// A reference the method took (at <paramref name="AcquiredAt"/>) on the value named <paramref name="Name"/> is
    /// still held, and covered by no contract, on a normal exit path (<paramref name="Return"/>, <paramref name="VoidReturn"/>
    /// or the end of <paramref name="Body"/>, as for <see cref="ExitContractFinding"/>).
    /// </summary>
    internal sealed record LeakFinding(IOperation? Return, SyntaxNode? VoidReturn, IOperation Body, string Name, string Counter, IOperation AcquiredAt) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.ReferenceLeaked(this);
    }

    /// <summary>A value stored into a [HoldsRef] member without a reference the method holds and hands over.</summary>
    internal sealed record UnbackedStoreFinding(IOperation Store, string ValueName, ISymbol Member, string Counter) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.StoreWithoutReference(this);
    }

    /// <summary>The body was not analysed, and why.</summary>
    internal sealed record SkippedFinding(string Reason) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.Skipped(this);
    }
}
