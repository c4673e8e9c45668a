using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Contracts
{
    /// <summary>One reference effect of a method: which value, which counter.</summary>
    internal sealed class RefEffect
    {
        public RefEffect(ContractPath target, string counter, AttributeData? attribute = null)
        {
            Target = target;
            Counter = counter;
            Attribute = attribute;
        }

        public ContractPath Target { get; }

        public string Counter { get; }

        /// <summary>The attribute that declares the effect (where a contradiction with it is reported).</summary>
        public AttributeData? Attribute { get; }
    }

    /// <summary>
    /// What calling a method means for references, liveness and locks. Read from the method's own attributes and
    /// those of the members it implements or overrides and, for delegate invocations, of the delegate type.
    /// </summary>
    internal sealed class MethodContract
    {
        public static readonly MethodContract Empty = new MethodContract(
            ImmutableArray<RefEffect>.Empty,
            ImmutableArray<RefEffect>.Empty,
            ImmutableArray<RefEffect>.Empty,
            ImmutableArray<string>.Empty,
            ImmutableArray<string>.Empty,
            ImmutableArray<string>.Empty,
            ImmutableArray<(ContractPath, ContractPath)>.Empty,
            ImmutableArray<bool>.Empty,
            isAssume: false);

        public MethodContract(
            ImmutableArray<RefEffect> acquires,
            ImmutableArray<RefEffect> tryAcquires,
            ImmutableArray<RefEffect> releases,
            ImmutableArray<string> locks,
            ImmutableArray<string> unlocks,
            ImmutableArray<string> requiresLocks,
            ImmutableArray<(ContractPath, ContractPath)> aliases,
            ImmutableArray<bool> liveParameters,
            bool isAssume)
        {
            Acquires = acquires;
            TryAcquires = tryAcquires;
            Releases = releases;
            Locks = locks;
            Unlocks = unlocks;
            RequiresLocks = requiresLocks;
            Aliases = aliases;
            LiveParameters = liveParameters;
            IsAssume = isAssume;
            HasLiveParameter = liveParameters.Contains(true);
            IsEmpty = acquires.IsEmpty && tryAcquires.IsEmpty && releases.IsEmpty && locks.IsEmpty && unlocks.IsEmpty
                && requiresLocks.IsEmpty && aliases.IsEmpty && !HasLiveParameter && !isAssume;
        }

        public ImmutableArray<RefEffect> Acquires { get; }
        public ImmutableArray<RefEffect> TryAcquires { get; }
        public ImmutableArray<RefEffect> Releases { get; }
        public ImmutableArray<string> Locks { get; }
        public ImmutableArray<string> Unlocks { get; }
        public ImmutableArray<string> RequiresLocks { get; }
        public ImmutableArray<(ContractPath Path, ContractPath Other)> Aliases { get; }

        /// <summary>Indexed by parameter ordinal: whether the parameter is [Live].</summary>
        public ImmutableArray<bool> LiveParameters { get; }

        /// <summary>The method is <c>Liveness.Assume</c>.</summary>
        public bool IsAssume { get; }

        public bool HasLiveParameter { get; }

        /// <summary>No annotation at all: calls to the method are neutral.</summary>
        public bool IsEmpty { get; }

        public bool IsLive(int ordinal) => ordinal >= 0 && ordinal < LiveParameters.Length && LiveParameters[ordinal];

        /// <summary>The contract of a method whose declarations (own, overridden, implemented) say these things.</summary>
        public static MethodContract Union(IEnumerable<MethodContract> parts)
        {
            var list = parts.Where(p => !p.IsEmpty).ToList();
            if (list.Count <= 1)
            {
                return list.Count == 0 ? Empty : list[0];
            }

            int parameters = list.Max(p => p.LiveParameters.Length);
            return new MethodContract(
                DistinctEffects(list.SelectMany(p => p.Acquires)),
                DistinctEffects(list.SelectMany(p => p.TryAcquires)),
                DistinctEffects(list.SelectMany(p => p.Releases)),
                list.SelectMany(p => p.Locks).Distinct().ToImmutableArray(),
                list.SelectMany(p => p.Unlocks).Distinct().ToImmutableArray(),
                list.SelectMany(p => p.RequiresLocks).Distinct().ToImmutableArray(),
                list.SelectMany(p => p.Aliases).ToImmutableArray(),
                Enumerable.Range(0, parameters).Select(i => list.Any(p => p.IsLive(i))).ToImmutableArray(),
                list.Any(p => p.IsAssume));
        }

        private static ImmutableArray<RefEffect> DistinctEffects(IEnumerable<RefEffect> effects)
        {
            var seen = new HashSet<(string, string)>();
            return effects.Where(e => seen.Add((e.Target.Text, e.Counter))).ToImmutableArray();
        }
    }

    /// <summary>What a [RefCounted] type declares.</summary>
    internal sealed class TypeContract
    {
        public static readonly TypeContract None = new TypeContract(null, ImmutableArray<GuardContract>.Empty);

        public TypeContract(ImmutableArray<string>? counters, ImmutableArray<GuardContract> guards)
        {
            Counters = counters;
            Guards = guards;
        }

        /// <summary>The declared counters, or null when the type is not [RefCounted].</summary>
        public ImmutableArray<string>? Counters { get; }

        public ImmutableArray<GuardContract> Guards { get; }

        public bool IsRefCounted => Counters != null;
    }

    /// <summary>[GuardedBy(member, Counter)]: the counter of the object in member guards this object's teardown.</summary>
    internal sealed class GuardContract
    {
        public GuardContract(ISymbol member, string counter)
        {
            Member = member;
            Counter = counter;
        }

        public ISymbol Member { get; }

        public string Counter { get; }
    }

    /// <summary>What a field or property promises about the liveness of its value.</summary>
    internal sealed class MemberContract
    {
        public static readonly MemberContract None = new MemberContract(null, null);

        public MemberContract(string? holdsRefCounter, string? liveUnderLock)
        {
            HoldsRefCounter = holdsRefCounter;
            LiveUnderLock = liveUnderLock;
        }

        /// <summary>[HoldsRef]: the value (or each element) is live while the holder is.</summary>
        public bool HoldsRef => HoldsRefCounter != null;

        /// <summary>The counter a [HoldsRef] member holds its reference on; null when it holds none.</summary>
        public string? HoldsRefCounter { get; }

        /// <summary>[LiveUnderLock]: the value is live while this lock is held.</summary>
        public string? LiveUnderLock { get; }

        public bool IsEmpty => !HoldsRef && LiveUnderLock == null;

        /// <summary>The contract of a member whose declarations (own, overridden) say these things.</summary>
        public static MemberContract Union(IEnumerable<MemberContract> parts)
        {
            string? holdsRef = null;
            string? underLock = null;
            foreach (var p in parts)
            {
                holdsRef ??= p.HoldsRefCounter;
                underLock ??= p.LiveUnderLock;
            }

            return holdsRef != null || underLock != null ? new MemberContract(holdsRef, underLock) : None;
        }
    }
}
