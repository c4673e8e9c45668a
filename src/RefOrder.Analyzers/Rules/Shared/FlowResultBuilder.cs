using System.Collections.Generic;
using System.Collections.Immutable;
using RefOrder.Analyzers.Engine.Findings;

namespace RefOrder.Analyzers.Rules.Shared
{
    /// <summary>
    /// The engine's sink while one body is analysed: sorts findings by kind and keeps each once (findings are
    /// records, so a second report of the same thing is equal to the first).
    /// </summary>
    internal sealed class FlowResultBuilder : IFindingSink
    {
        private readonly HashSet<Finding> _seen = new HashSet<Finding>();
        private readonly ImmutableArray<GuardOrderFinding>.Builder _guardOrder = ImmutableArray.CreateBuilder<GuardOrderFinding>();
        private readonly ImmutableArray<AcquireFinding>.Builder _acquires = ImmutableArray.CreateBuilder<AcquireFinding>();
        private readonly ImmutableArray<UseAfterReleaseFinding>.Builder _uses = ImmutableArray.CreateBuilder<UseAfterReleaseFinding>();
        private readonly ImmutableArray<LivenessFinding>.Builder _notLive = ImmutableArray.CreateBuilder<LivenessFinding>();
        private readonly ImmutableArray<LockFinding>.Builder _locks = ImmutableArray.CreateBuilder<LockFinding>();
        private readonly ImmutableArray<ExitContractFinding>.Builder _contracts = ImmutableArray.CreateBuilder<ExitContractFinding>();
        private readonly ImmutableArray<LeakFinding>.Builder _leaks = ImmutableArray.CreateBuilder<LeakFinding>();
        private readonly ImmutableArray<UnbackedStoreFinding>.Builder _unbacked = ImmutableArray.CreateBuilder<UnbackedStoreFinding>();
        private readonly ImmutableArray<MemberStore>.Builder _stores = ImmutableArray.CreateBuilder<MemberStore>();
        private readonly ImmutableArray<ProbeSnapshot>.Builder _probes = ImmutableArray.CreateBuilder<ProbeSnapshot>();
        private readonly ImmutableArray<SkippedFinding>.Builder _skipped = ImmutableArray.CreateBuilder<SkippedFinding>();

        public void GuardReleasedBeforeObject(GuardOrderFinding finding) => AddOnce(_guardOrder, finding);

        public void AcquireNotLive(AcquireFinding finding) => AddOnce(_acquires, finding);

        public void UseAfterRelease(UseAfterReleaseFinding finding) => AddOnce(_uses, finding);

        public void ArgumentNotLive(LivenessFinding finding) => AddOnce(_notLive, finding);

        public void LockNotHeld(LockFinding finding) => AddOnce(_locks, finding);

        public void ContractBroken(ExitContractFinding finding) => AddOnce(_contracts, finding);

        public void ReferenceLeaked(LeakFinding finding) => AddOnce(_leaks, finding);

        public void StoreWithoutReference(UnbackedStoreFinding finding) => AddOnce(_unbacked, finding);

        public void MemberStored(MemberStore store) => AddOnce(_stores, store);

        public void Probe(ProbeSnapshot snapshot) => _probes.Add(snapshot);

        public void Skipped(SkippedFinding skipped) => AddOnce(_skipped, skipped);

        public FlowResult Build() => new FlowResult(
            _guardOrder.ToImmutable(),
            _acquires.ToImmutable(),
            _uses.ToImmutable(),
            _notLive.ToImmutable(),
            _locks.ToImmutable(),
            _contracts.ToImmutable(),
            _leaks.ToImmutable(),
            _unbacked.ToImmutable(),
            _stores.ToImmutable(),
            _probes.ToImmutable(),
            _skipped.ToImmutable());

        private void AddOnce<T>(ImmutableArray<T>.Builder list, T finding)
            where T : Finding
        {
            if (_seen.Add(finding))
            {
                list.Add(finding);
            }
        }
    }
}
