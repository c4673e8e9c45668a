using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace RefOrder.Analyzers.Engine.Events
{
    /// <summary>Names as the user wrote them: a name that is a keyword was written with <c>@</c>.</summary>
    internal static class Identifiers
    {
        public static string AsWritten(ISymbol symbol) =>
            SyntaxFacts.GetKeywordKind(symbol.Name) != SyntaxKind.None ? "@" + symbol.Name : symbol.Name;
    }

    /// <summary>The kinds of storage an access path can start from.</summary>
    internal enum RootKind
    {
        Local,
        Parameter,
        This,
        Capture,
        Temp,
        Static,
    }

    /// <summary>
    /// The start of an access path: a local, a parameter, <c>this</c>, a flow capture of the CFG, a temporary
    /// holding a call's result, or a static member.
    /// </summary>
    internal readonly struct Root : IEquatable<Root>
    {
        private readonly int _hash;

        private Root(RootKind kind, ISymbol? symbol, CaptureId capture, int temp)
        {
            Kind = kind;
            Symbol = symbol;
            Capture = capture;
            Temp = temp;

            // Hashed once here rather than at every dictionary look-up of the state: symbol hashing is not free.
            unchecked
            {
                int h = ((int)kind * 397) ^ temp;
                h = (h * 397) ^ capture.GetHashCode();
                _hash = (h * 397) ^ SymbolEqualityComparer.Default.GetHashCode(symbol);
            }
        }

        public RootKind Kind { get; }

        public ISymbol? Symbol { get; }

        public CaptureId Capture { get; }

        public int Temp { get; }

        public static Root OfLocal(ILocalSymbol local) => new Root(RootKind.Local, local, default, 0);

        public static Root OfParameter(IParameterSymbol parameter) => new Root(RootKind.Parameter, parameter, default, 0);

        public static Root OfThis() => new Root(RootKind.This, null, default, 0);

        public static Root OfCapture(CaptureId id) => new Root(RootKind.Capture, null, id, 0);

        public static Root OfTemp(int id) => new Root(RootKind.Temp, null, default, id);

        public static Root OfStatic(ISymbol member) => new Root(RootKind.Static, member, default, 0);

        public bool Equals(Root other) =>
            _hash == other._hash && Kind == other.Kind && Temp == other.Temp && Capture.Equals(other.Capture)
            && (ReferenceEquals(Symbol, other.Symbol) || SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol));

        public override bool Equals(object? obj) => obj is Root r && Equals(r);

        public override int GetHashCode() => _hash;

        public override string ToString() => Kind switch
        {
            RootKind.Local or RootKind.Parameter or RootKind.Static => Symbol == null ? "?" : Identifiers.AsWritten(Symbol),
            RootKind.This => "this",
            RootKind.Capture => "capture",
            _ => "temp" + Temp,
        };
    }

    /// <summary>
    /// An access path (<c>nf</c>, <c>nf.NfNet</c>, a call's result): the unit the lowering speaks in. The engine
    /// resolves places to abstract values in the current state, so a path keeps denoting one value for as long as
    /// no part of it is reassigned. Its text, needed only for messages, is computed on first use.
    /// </summary>
    internal sealed class Place
    {
        private readonly SyntaxNode? _node;
        private readonly Place? _parent;
        private string? _display;

        private Place(Root root, ImmutableArray<ISymbol> members, string? display, SyntaxNode? node, Place? parent)
        {
            Root = root;
            Members = members;
            _display = display;
            _node = node;
            _parent = parent;
        }

        public Root Root { get; }

        public ImmutableArray<ISymbol> Members { get; }

        /// <summary>The source text that denotes the place, for messages (<c>nf.NfNet</c>).</summary>
        public string Display => _display ??= ComputeDisplay();

        public bool IsRootOnly => Members.IsDefaultOrEmpty;

        /// <summary>The last member read, if any: the member a liveness site would have to assign.</summary>
        public ISymbol? LastMember => IsRootOnly ? null : Members[Members.Length - 1];

        /// <summary>A local, parameter or static member, shown by its name as written (<c>@this</c>, not <c>this</c>).</summary>
        public static Place Of(Root root) => new Place(root, ImmutableArray<ISymbol>.Empty, null, null, null);

        public static Place ForRoot(Root root, string display) => new Place(root, ImmutableArray<ISymbol>.Empty, display, null, null);

        /// <summary>A root whose text is that of <paramref name="node"/> (a capture, a call's result).</summary>
        public static Place ForRoot(Root root, SyntaxNode node) => new Place(root, ImmutableArray<ISymbol>.Empty, null, node, null);

        /// <summary>This place followed by a member read written as <paramref name="node"/> (or, without one, <c>place.Member</c>).</summary>
        public Place With(ISymbol member, SyntaxNode? node = null) =>
            new Place(Root, Members.IsDefaultOrEmpty ? ImmutableArray.Create(member) : Members.Add(member), null, node, this);

        /// <summary>The place without its last member (the holder of <see cref="LastMember"/>).</summary>
        public Place Parent() => _parent ?? new Place(Root, Members.RemoveAt(Members.Length - 1), null, null, null);

        public override string ToString() => Display;

        private string ComputeDisplay()
        {
            if (_node != null)
            {
                var text = _node.ToString();
                return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
            }

            if (_parent != null && LastMember != null)
            {
                return _parent.Display + "." + Identifiers.AsWritten(LastMember);
            }

            return Root.ToString();
        }
    }
}
