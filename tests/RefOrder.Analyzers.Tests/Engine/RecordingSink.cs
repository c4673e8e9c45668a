using System.Collections.Generic;
using System.Linq;
using RefOrder.Analyzers.Engine.Findings;

namespace RefOrder.Analyzers.Tests.Engine
{
    /// <summary>The engine's sink in engine tests: keeps every finding as delivered, in order, with no rule involved.</summary>
    internal sealed class RecordingSink : IFindingSink
    {
        public List<Finding> Findings { get; } = new List<Finding>();

        public IEnumerable<ProbeSnapshot> Probes => Findings.OfType<ProbeSnapshot>();

        public IEnumerable<string> SkipReasons => Findings.OfType<SkippedFinding>().Select(s => s.Reason);

        public void GuardReleasedBeforeObject(GuardOrderFinding finding) => Findings.Add(finding);

        public void AcquireNotLive(AcquireFinding finding) => Findings.Add(finding);

        public void UseAfterRelease(UseAfterReleaseFinding finding) => Findings.Add(finding);

        public void ArgumentNotLive(LivenessFinding finding) => Findings.Add(finding);

        public void LockNotHeld(LockFinding finding) => Findings.Add(finding);

        public void ContractBroken(ExitContractFinding finding) => Findings.Add(finding);

        public void ReferenceLeaked(LeakFinding finding) => Findings.Add(finding);

        public void StoreWithoutReference(UnbackedStoreFinding finding) => Findings.Add(finding);

        public void MemberStored(MemberStore store) => Findings.Add(store);

        public void Probe(ProbeSnapshot snapshot) => Findings.Add(snapshot);

        public void Skipped(SkippedFinding skipped) => Findings.Add(skipped);
    }
}
