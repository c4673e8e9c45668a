using System;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>
    /// A member read on a value: <c>(value of nf, NfNet)</c>. The memo maps it to the value read. Compared and hashed
    /// by the member's small id (<see cref="ValueIds.OfMember"/>), not by hashing its symbol at every look-up.
    /// </summary>
    internal readonly struct MemoKey : IEquatable<MemoKey>
    {
        public MemoKey(int holder, int memberId, ISymbol member)
        {
            Holder = holder;
            MemberId = memberId;
            Member = member;
        }

        public int Holder { get; }

        public int MemberId { get; }

        public ISymbol Member { get; }

        /// <summary>The same member read on another value.</summary>
        public MemoKey On(int holder) => new MemoKey(holder, MemberId, Member);

        public bool Equals(MemoKey other) => Holder == other.Holder && MemberId == other.MemberId;

        public override bool Equals(object? obj) => obj is MemoKey k && Equals(k);

        public override int GetHashCode() => (Holder * 397) ^ MemberId;
    }
}
