using System.Collections.Immutable;
using RefOrder.Analyzers.Engine.State;

namespace RefOrder.Analyzers.Engine.Findings
{
    /// <summary>What the engine knew at a test point, for engine tests.</summary>
    internal sealed record ProbeSnapshot(string Label, ImmutableArray<ProbedValue> Values, ImmutableHashSet<string> Locks) : Finding
    {
        public override void DeliverTo(IFindingSink sink) => sink.Probe(this);
    }

    /// <summary>One probed place: its value name and facts.</summary>
    internal sealed record ProbedValue(string Name, int Value, bool KnownLive, ValueFacts Facts)
    {
        public (int Lo, int Hi) HeldOf(string counter)
        {
            var c = HeldCounts.Get(Facts.Held, counter);
            return (c.Lo, c.Hi);
        }
    }
}
