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

    /// <summary>A call to a [RequiresLock] method without the lock held on every path.</summary>
    internal sealed record LockFinding(IOperation Call, string LockName, IMethodSymbol Callee) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.LockNotHeld(this);
    }

    /// <summary>A member assignment <c>x.M = v</c>, and whether <c>v</c> was known live there (a liveness site when it was).</summary>
    internal sealed record MemberStore(ISymbol Member, IOperation Assignment, bool ValueKnownLive) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.MemberStored(this);
    }

    /// <summary>The body was not analysed, and why.</summary>
    internal sealed record SkippedFinding(string Reason) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.Skipped(this);
    }
}
