using System;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>A member read on a value: <c>(value of nf, NfNet)</c>. The memo maps it to the value read.</summary>
    internal readonly struct MemoKey : IEquatable<MemoKey>
    {
        public MemoKey(int holder, ISymbol member)
        {
            Holder = holder;
            Member = member;
        }

        public int Holder { get; }

        public ISymbol Member { get; }

        public bool Equals(MemoKey other) =>
            Holder == other.Holder && (ReferenceEquals(Member, other.Member) || SymbolEqualityComparer.Default.Equals(Member, other.Member));

        public override bool Equals(object? obj) => obj is MemoKey k && Equals(k);

        public override int GetHashCode() => Holder * 397 ^ SymbolEqualityComparer.Default.GetHashCode(Member);
    }
}
