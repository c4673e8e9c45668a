using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine.Events;

namespace RefOrder.Analyzers.Engine.Transfer
{
    /// <summary>
    /// What a body manages through contracts: the reference counts (a counter of a type) it acquires or releases,
    /// and the locks it takes or drops. A method's promise on anything else is kept by a primitive, a get or put
    /// that touches the count (or the lock) itself, and is trusted rather than checked.
    /// </summary>
    internal sealed class ManagedCounts
    {
        private readonly HashSet<(ITypeSymbol?, string)> _counts = new HashSet<(ITypeSymbol?, string)>(new KeyComparer());
        private readonly HashSet<string> _locks = new HashSet<string>();

        public void Add(Place target, string counter) => _counts.Add((TypeOf(target), counter));

        public void AddLock(string name) => _locks.Add(name);

        /// <summary>Whether the body acquires or releases <paramref name="counter"/> references on values of <paramref name="type"/>.</summary>
        public bool Manages(ITypeSymbol? type, string counter) =>
            _counts.Contains((Key(type), counter)) || _counts.Contains((null, counter)) || (type == null && HasCounter(counter));

        public bool ManagesLock(string name) => _locks.Contains(name);

        /// <summary>Whether the body takes or drops any lock itself (else no lock promise of it can be checked).</summary>
        public bool ManagesAnyLock => _locks.Count > 0;

        private bool HasCounter(string counter)
        {
            foreach (var (_, c) in _counts)
            {
                if (c == counter)
                {
                    return true;
                }
            }

            return false;
        }

        private static ITypeSymbol? TypeOf(Place place) => Key(place.LastMember is { } member
            ? PathResolver.MemberType(member)
            : place.Root.Symbol switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            });

        private static ITypeSymbol? Key(ITypeSymbol? type) => type?.OriginalDefinition.WithNullableAnnotation(NullableAnnotation.None);

        private sealed class KeyComparer : IEqualityComparer<(ITypeSymbol?, string)>
        {
            public bool Equals((ITypeSymbol?, string) x, (ITypeSymbol?, string) y) =>
                x.Item2 == y.Item2 && SymbolEqualityComparer.Default.Equals(x.Item1, y.Item1);

            public int GetHashCode((ITypeSymbol?, string) obj) => obj.Item2.GetHashCode() ^ SymbolEqualityComparer.Default.GetHashCode(obj.Item1);
        }
    }
}
