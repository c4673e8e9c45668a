using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Contracts
{
    /// <summary>Where a contract path starts.</summary>
    internal enum PathRootKind
    {
        Parameter,
        This,
        Return,
    }

    /// <summary>
    /// A resolved annotation target: a root (a parameter, <c>this</c> or the return value) followed by member
    /// reads, such as <c>pnf.NfNet</c>. Resolved against symbols once, when the contract is read.
    /// </summary>
    internal sealed class ContractPath
    {
        public ContractPath(PathRootKind root, int parameterOrdinal, ImmutableArray<ISymbol> members, ITypeSymbol? type, string text)
        {
            Root = root;
            ParameterOrdinal = parameterOrdinal;
            Members = members;
            Type = type;
            Text = text;
        }

        public PathRootKind Root { get; }

        /// <summary>The ordinal of the root parameter; -1 for <c>this</c> and <c>return</c>.</summary>
        public int ParameterOrdinal { get; }

        /// <summary>The fields or properties read from the root, in order.</summary>
        public ImmutableArray<ISymbol> Members { get; }

        /// <summary>The type of the value the path denotes.</summary>
        public ITypeSymbol? Type { get; }

        /// <summary>The path as written in the attribute.</summary>
        public string Text { get; }

        public override string ToString() => Text;
    }
}
