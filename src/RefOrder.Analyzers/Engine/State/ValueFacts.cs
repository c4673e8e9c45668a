using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>A try-acquire waiting for its success test: on the edge where the token is true (or non-null), the target gains a reference.</summary>
    internal readonly struct PendingAcquire
    {
        public PendingAcquire(int target, string counter, bool successIsNonNull, IOperation site)
        {
            Target = target;
            Counter = counter;
            SuccessIsNonNull = successIsNonNull;
            Site = site;
        }

        /// <summary>The try-acquire call (where a reference it takes was acquired).</summary>
        public IOperation Site { get; }

        public int Target { get; }

        public string Counter { get; }

        public bool SuccessIsNonNull { get; }
    }

    /// <summary>
    /// What is known about one abstract value at one program point. Immutable; each change makes a new instance.
    /// <list type="bullet">
    /// <item><see cref="Stable"/>: live for the whole body whatever happens to references (a [Live] parameter, <c>this</c>, an assumed value).</item>
    /// <item><see cref="UntilRelease"/>: live until the method releases it (a handed-over or vouched-for target, a <c>new</c> object, a [HoldsRef] read).</item>
    /// <item><see cref="UnderLock"/>: live while that lock is held (a [LiveUnderLock] read).</item>
    /// <item><see cref="Held"/>: references the method holds, per counter, as a must/may interval.</item>
    /// <item><see cref="ReleasedAt"/>: on some path a release left the value not known live (may-fact, for use-after-put).</item>
    /// <item><see cref="GuardGoneAt"/>: on some path the last held reference on this value's guard was dropped (may-fact, for put order).</item>
    /// </list>
    /// </summary>
    internal sealed class ValueFacts
    {
        public static readonly ValueFacts Empty = new ValueFacts();

        private ValueFacts()
        {
            Held = ImmutableArray<HeldCount>.Empty;
            Pending = ImmutableArray<PendingAcquire>.Empty;
        }

        private ValueFacts(ValueFacts other)
        {
            Stable = other.Stable;
            UntilRelease = other.UntilRelease;
            UnderLock = other.UnderLock;
            ElementsLive = other.ElementsLive;
            Held = other.Held;
            ReleasedAt = other.ReleasedAt;
            GuardGoneAt = other.GuardGoneAt;
            GuardCounter = other.GuardCounter;
            Pending = other.Pending;
            IsNull = other.IsNull;
            CreatedHere = other.CreatedHere;
            AcquiredAt = other.AcquiredAt;
        }

        public bool Stable { get; private set; }

        public bool UntilRelease { get; private set; }

        public string? UnderLock { get; private set; }

        /// <summary>For collections and enumerators: their elements are known live.</summary>
        public bool ElementsLive { get; private set; }

        public ImmutableArray<HeldCount> Held { get; private set; }

        public IOperation? ReleasedAt { get; private set; }

        public IOperation? GuardGoneAt { get; private set; }

        public string? GuardCounter { get; private set; }

        public ImmutableArray<PendingAcquire> Pending { get; private set; }

        /// <summary>The value is the null literal: nothing to hold or release, so a join takes the other side's identity.</summary>
        public bool IsNull { get; private set; }

        public static readonly ValueFacts Null = new ValueFacts { IsNull = true };

        /// <summary>Created by <c>new</c> in this method: the creator owns the object's first reference (must-fact).</summary>
        public bool CreatedHere { get; private set; }

        /// <summary>Where the method took a reference it still holds, on some path (may-fact, for leaks).</summary>
        public IOperation? AcquiredAt { get; private set; }

        public static readonly ValueFacts New = new ValueFacts { UntilRelease = true, CreatedHere = true };

        public ValueFacts WithAcquiredAt(IOperation? site) => AcquiredAt == site ? this : new ValueFacts(this) { AcquiredAt = site };

        public static ValueFacts Live(bool stable) => stable ? Empty.WithStable() : Empty.WithUntilRelease(true);

        public ValueFacts WithStable() => Stable ? this : new ValueFacts(this) { Stable = true, ReleasedAt = null };

        public ValueFacts WithUntilRelease(bool value) => UntilRelease == value ? this : new ValueFacts(this) { UntilRelease = value };

        public ValueFacts WithUnderLock(string? name) => UnderLock == name ? this : new ValueFacts(this) { UnderLock = name };

        public ValueFacts WithElementsLive(bool value) => ElementsLive == value ? this : new ValueFacts(this) { ElementsLive = value };

        public ValueFacts WithHeld(HeldCount count) => new ValueFacts(this) { Held = HeldCounts.Set(Held, count) };

        public ValueFacts WithReleasedAt(IOperation? site) => ReleasedAt == site ? this : new ValueFacts(this) { ReleasedAt = site };

        public ValueFacts WithGuardGone(IOperation site, string counter) => new ValueFacts(this) { GuardGoneAt = site, GuardCounter = counter };

        public ValueFacts WithoutGuardGone() => GuardGoneAt == null ? this : new ValueFacts(this) { GuardGoneAt = null, GuardCounter = null };

        public ValueFacts WithPending(ImmutableArray<PendingAcquire> pending) => new ValueFacts(this) { Pending = pending };

        /// <summary>The facts on either of two paths: must-facts intersect, may-facts unite, counts widen.</summary>
        public static ValueFacts Join(ValueFacts a, ValueFacts b)
        {
            if (ReferenceEquals(a, b) || a.Equals(b))
            {
                return a;
            }

            // A path where the variable holds null carries no object: what is known of the object is the other path's.
            if (a.IsNull != b.IsNull)
            {
                return a.IsNull ? b : a;
            }

            bool stable = a.Stable && b.Stable;
            bool aLive = a.Stable || a.UntilRelease;
            bool bLive = b.Stable || b.UntilRelease;
            return new ValueFacts
            {
                Stable = stable,
                UntilRelease = !stable && aLive && bLive,

                // Live under a lock on one path and unconditionally on the other: live under that lock.
                UnderLock = a.UnderLock == b.UnderLock ? a.UnderLock : aLive ? b.UnderLock : bLive ? a.UnderLock : null,
                ElementsLive = a.ElementsLive && b.ElementsLive,
                Held = HeldCounts.Join(a.Held, b.Held),
                ReleasedAt = a.ReleasedAt ?? b.ReleasedAt,
                GuardGoneAt = a.GuardGoneAt ?? b.GuardGoneAt,
                GuardCounter = a.GuardGoneAt != null ? a.GuardCounter : b.GuardCounter,
                Pending = a.Pending.IsEmpty ? b.Pending : a.Pending,
                IsNull = a.IsNull && b.IsNull,
                CreatedHere = a.CreatedHere && b.CreatedHere,
                AcquiredAt = a.AcquiredAt ?? b.AcquiredAt,
            };
        }

        public bool Equals(ValueFacts other) =>
            Stable == other.Stable
            && UntilRelease == other.UntilRelease
            && UnderLock == other.UnderLock
            && ElementsLive == other.ElementsLive
            && ReleasedAt == other.ReleasedAt
            && GuardGoneAt == other.GuardGoneAt
            && GuardCounter == other.GuardCounter
            && Held.SequenceEqualFast(other.Held)
            && IsNull == other.IsNull
            && CreatedHere == other.CreatedHere
            && AcquiredAt == other.AcquiredAt
            && PendingEqual(Pending, other.Pending);

        public override bool Equals(object? obj) => obj is ValueFacts f && Equals(f);

        public override int GetHashCode() => (Stable ? 1 : 0) + (UntilRelease ? 2 : 0) + Held.Length * 7;

        public override string ToString()
        {
            var sb = new StringBuilder();
            if (Stable)
            {
                sb.Append("stable ");
            }

            if (UntilRelease)
            {
                sb.Append("until-release ");
            }

            if (UnderLock != null)
            {
                sb.Append("under:").Append(UnderLock).Append(' ');
            }

            if (ElementsLive)
            {
                sb.Append("elements-live ");
            }

            foreach (var h in Held)
            {
                sb.Append(h).Append(' ');
            }

            if (ReleasedAt != null)
            {
                sb.Append("released ");
            }

            if (GuardGoneAt != null)
            {
                sb.Append("guard-gone ");
            }

            return sb.ToString().TrimEnd();
        }

        private static bool PendingEqual(ImmutableArray<PendingAcquire> a, ImmutableArray<PendingAcquire> b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i].Target != b[i].Target || a[i].Counter != b[i].Counter || a[i].SuccessIsNonNull != b[i].SuccessIsNonNull)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
