using System.Collections.Immutable;
using RefOrder.Analyzers.Engine.Findings;

namespace RefOrder.Analyzers.Rules.Shared
{
    /// <summary>Everything the engine found in one body, computed once and shared, read-only, by every rule.</summary>
    internal sealed class FlowResult
    {
        /// <summary>The result of a body that cannot yield a finding (it calls nothing annotated).</summary>
        public static readonly FlowResult Nothing = new FlowResultBuilder().Build();

        public FlowResult(
            ImmutableArray<GuardOrderFinding> guardOrder,
            ImmutableArray<AcquireFinding> acquiresNotLive,
            ImmutableArray<UseAfterReleaseFinding> usesAfterRelease,
            ImmutableArray<LivenessFinding> notLive,
            ImmutableArray<LockFinding> locksNotHeld,
            ImmutableArray<ExitContractFinding> brokenContracts,
            ImmutableArray<LeakFinding> leaks,
            ImmutableArray<UnbackedStoreFinding> unbackedStores,
            ImmutableArray<MemberStore> stores,
            ImmutableArray<ProbeSnapshot> probes,
            ImmutableArray<SkippedFinding> skipped)
        {
            GuardOrder = guardOrder;
            AcquiresNotLive = acquiresNotLive;
            UsesAfterRelease = usesAfterRelease;
            NotLive = notLive;
            LocksNotHeld = locksNotHeld;
            BrokenContracts = brokenContracts;
            Leaks = leaks;
            UnbackedStores = unbackedStores;
            Stores = stores;
            Probes = probes;
            Skipped = skipped;
        }

        public ImmutableArray<GuardOrderFinding> GuardOrder { get; }

        public ImmutableArray<AcquireFinding> AcquiresNotLive { get; }

        public ImmutableArray<UseAfterReleaseFinding> UsesAfterRelease { get; }

        public ImmutableArray<LivenessFinding> NotLive { get; }

        public ImmutableArray<LockFinding> LocksNotHeld { get; }

        public ImmutableArray<ExitContractFinding> BrokenContracts { get; }

        public ImmutableArray<LeakFinding> Leaks { get; }

        public ImmutableArray<UnbackedStoreFinding> UnbackedStores { get; }

        public ImmutableArray<MemberStore> Stores { get; }

        public ImmutableArray<ProbeSnapshot> Probes { get; }

        public ImmutableArray<SkippedFinding> Skipped { get; }
    }
}
