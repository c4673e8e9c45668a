using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Engine
{
    /// <summary>How an object was touched after its guard reference went.</summary>
    internal enum AccessKind
    {
        Release,
        Use,
    }

    /// <summary>
    /// A guard reference was dropped (the last one the method provably held) and the object it guards was then
    /// released or used.
    /// </summary>
    internal sealed class GuardOrderFinding
    {
        public GuardOrderFinding(IOperation access, AccessKind kind, string objectName, IOperation guardRelease, string guardCounter)
        {
            Access = access;
            Kind = kind;
            ObjectName = objectName;
            GuardRelease = guardRelease;
            GuardCounter = guardCounter;
        }

        /// <summary>The later release or use of the object (where the finding is reported).</summary>
        public IOperation Access { get; }

        public AccessKind Kind { get; }

        public string ObjectName { get; }

        /// <summary>The earlier call that dropped the guard reference.</summary>
        public IOperation GuardRelease { get; }

        public string GuardCounter { get; }
    }

    /// <summary>An acquire whose target is not known live at the call.</summary>
    internal sealed class AcquireFinding
    {
        public AcquireFinding(IOperation call, string targetName, string counter, ISymbol? member)
        {
            Call = call;
            TargetName = targetName;
            Counter = counter;
            Member = member;
        }

        public IOperation Call { get; }

        public string TargetName { get; }

        public string Counter { get; }

        /// <summary>When the target is a member read (<c>nf.NfNet</c>): the member, where a liveness site may assign it.</summary>
        public ISymbol? Member { get; }
    }

    /// <summary>A value used after a release left it not known live.</summary>
    internal sealed class UseAfterReleaseFinding
    {
        public UseAfterReleaseFinding(IOperation use, string objectName, IOperation release)
        {
            Use = use;
            ObjectName = objectName;
            Release = release;
        }

        public IOperation Use { get; }

        public string ObjectName { get; }

        public IOperation Release { get; }
    }

    /// <summary>An argument to a [Live] parameter that is not known live.</summary>
    internal sealed class LivenessFinding
    {
        public LivenessFinding(IOperation argument, string argumentName, string parameter, IMethodSymbol callee, ISymbol? member)
        {
            Argument = argument;
            ArgumentName = argumentName;
            Parameter = parameter;
            Callee = callee;
            Member = member;
        }

        public IOperation Argument { get; }

        public string ArgumentName { get; }

        public string Parameter { get; }

        public IMethodSymbol Callee { get; }

        /// <summary>When the argument is a member read: the member it was read from.</summary>
        public ISymbol? Member { get; }
    }

    /// <summary>A call to a [RequiresLock] method without the lock held on every path.</summary>
    internal sealed class LockFinding
    {
        public LockFinding(IOperation call, string lockName, IMethodSymbol callee)
        {
            Call = call;
            LockName = lockName;
            Callee = callee;
        }

        public IOperation Call { get; }

        public string LockName { get; }

        public IMethodSymbol Callee { get; }
    }

    /// <summary>A member assignment <c>x.M = v</c>, and whether <c>v</c> was known live there (a liveness site when it was).</summary>
    internal sealed class MemberStore
    {
        public MemberStore(ISymbol member, IOperation assignment, bool valueKnownLive)
        {
            Member = member;
            Assignment = assignment;
            ValueKnownLive = valueKnownLive;
        }

        public ISymbol Member { get; }

        public IOperation Assignment { get; }

        public bool ValueKnownLive { get; }
    }

    /// <summary>What the engine knew at a test point, for engine tests.</summary>
    internal sealed class ProbeSnapshot
    {
        public ProbeSnapshot(string label, ImmutableArray<ProbedValue> values, ImmutableHashSet<string> locks)
        {
            Label = label;
            Values = values;
            Locks = locks;
        }

        public string Label { get; }

        public ImmutableArray<ProbedValue> Values { get; }

        public ImmutableHashSet<string> Locks { get; }
    }

    /// <summary>One probed place: its value name and facts.</summary>
    internal sealed class ProbedValue
    {
        public ProbedValue(string name, int value, bool knownLive, State.ValueFacts facts)
        {
            Name = name;
            Value = value;
            KnownLive = knownLive;
            Facts = facts;
        }

        public string Name { get; }

        public int Value { get; }

        public bool KnownLive { get; }

        public State.ValueFacts Facts { get; }

        public (int Lo, int Hi) HeldOf(string counter)
        {
            var c = State.HeldCounts.Get(Facts.Held, counter);
            return (c.Lo, c.Hi);
        }
    }
}
