namespace RefOrder.Analyzers.Engine.Findings
{
    /// <summary>
    /// The engine's only output: one method per kind of finding, each carrying every location that explains it.
    /// Rules turn findings into diagnostics; the engine never formats text or knows a diagnostic ID. A finding
    /// reaches its method through <see cref="Finding.DeliverTo"/>, never through a type switch.
    /// </summary>
    internal interface IFindingSink
    {
        /// <summary>A guard reference dropped before the object it guards was released or used (put order).</summary>
        void GuardReleasedBeforeObject(GuardOrderFinding finding);

        /// <summary>An acquire on a target not known live (pin placement).</summary>
        void AcquireNotLive(AcquireFinding finding);

        /// <summary>A use or release of a value after a release left it not known live.</summary>
        void UseAfterRelease(UseAfterReleaseFinding finding);

        /// <summary>An argument to a [Live] parameter not known live.</summary>
        void ArgumentNotLive(LivenessFinding finding);

        /// <summary>A [RequiresLock] callee called without its lock.</summary>
        void LockNotHeld(LockFinding finding);

        /// <summary>An exit path on which the method's own contract does not hold.</summary>
        void ContractBroken(ExitContractFinding finding);

        /// <summary>A reference taken in the method and still held, uncovered, at an exit.</summary>
        void ReferenceLeaked(LeakFinding finding);

        /// <summary>A [HoldsRef] member given a value the method holds no reference on.</summary>
        void StoreWithoutReference(UnbackedStoreFinding finding);

        /// <summary>A member assignment, with the liveness of the stored value (feeds liveness-site search).</summary>
        void MemberStored(MemberStore store);

        /// <summary>The facts at a test point (engine tests only).</summary>
        void Probe(ProbeSnapshot snapshot);

        /// <summary>The body was not analysed, and why.</summary>
        void Skipped(SkippedFinding skipped);
    }
}
