namespace RefOrder.Analyzers.Engine.Events
{
    /// <summary>What a conditional branch tests, as far as references are concerned.</summary>
    internal enum ConditionKind
    {
        /// <summary>The boolean value at the place (a try-acquire's result, or a local holding it).</summary>
        True,

        /// <summary>Whether the value at the place is non-null.</summary>
        NonNull,
    }

    /// <summary>
    /// The test at the end of a block: <c>if (NfsdNetTryGet(net))</c>, <c>if (nf != null)</c>, <c>if (x is null)</c>.
    /// On the edge where it holds, pending try-acquires of the tested value take effect.
    /// </summary>
    internal sealed class BranchCondition
    {
        public BranchCondition(Place place, ConditionKind kind, bool negated)
        {
            Place = place;
            Kind = kind;
            Negated = negated;
        }

        public Place Place { get; }

        public ConditionKind Kind { get; }

        /// <summary>The branch value is the negation of the test (<c>!ok</c>, <c>x == null</c>).</summary>
        public bool Negated { get; }

        public BranchCondition Negate() => new BranchCondition(Place, Kind, !Negated);

        /// <summary>Whether the test holds on an edge taken when the branch value is <paramref name="branchValue"/>.</summary>
        public bool HoldsWhen(bool branchValue) => branchValue != Negated;
    }
}
