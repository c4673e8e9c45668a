using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RefOrder.Analyzers.Engine;

namespace RefOrder.Analyzers.Rules.Shared
{
    /// <summary>
    /// Everything the engine found in one body, collected once and shared by every rule. Implements the engine's
    /// sink; findings reported twice at the same place (a body replayed for lambdas, say) are kept once.
    /// </summary>
    internal sealed class FlowResult : IFindingSink
    {
        public static readonly FlowResult Nothing = new FlowResult();

        private readonly HashSet<(string, TextSpan, TextSpan)> _seen = new HashSet<(string, TextSpan, TextSpan)>();

        public List<GuardOrderFinding> GuardOrder { get; } = new List<GuardOrderFinding>();

        public List<AcquireFinding> AcquiresNotLive { get; } = new List<AcquireFinding>();

        public List<UseAfterReleaseFinding> UsesAfterRelease { get; } = new List<UseAfterReleaseFinding>();

        public List<LivenessFinding> NotLive { get; } = new List<LivenessFinding>();

        public List<LockFinding> LocksNotHeld { get; } = new List<LockFinding>();

        public List<MemberStore> Stores { get; } = new List<MemberStore>();

        public List<ProbeSnapshot> Probes { get; } = new List<ProbeSnapshot>();

        public List<string> SkipReasons { get; } = new List<string>();

        public void GuardReleasedBeforeObject(GuardOrderFinding finding)
        {
            if (First("RO1", finding.Access, finding.GuardRelease))
            {
                GuardOrder.Add(finding);
            }
        }

        public void AcquireNotLive(AcquireFinding finding)
        {
            if (First("RO2", finding.Call, null))
            {
                AcquiresNotLive.Add(finding);
            }
        }

        public void UseAfterRelease(UseAfterReleaseFinding finding)
        {
            if (First("RO3", finding.Use, null))
            {
                UsesAfterRelease.Add(finding);
            }
        }

        public void ArgumentNotLive(LivenessFinding finding)
        {
            if (First("RO4", finding.Argument, null))
            {
                NotLive.Add(finding);
            }
        }

        public void LockNotHeld(LockFinding finding)
        {
            if (First("RO5", finding.Call, null))
            {
                LocksNotHeld.Add(finding);
            }
        }

        public void MemberStored(MemberStore store) => Stores.Add(store);

        public void Probe(ProbeSnapshot snapshot) => Probes.Add(snapshot);

        public void Skipped(string reason) => SkipReasons.Add(reason);

        private bool First(string kind, IOperation at, IOperation? related) =>
            _seen.Add((kind, at.Syntax.Span, related?.Syntax.Span ?? default));
    }
}
