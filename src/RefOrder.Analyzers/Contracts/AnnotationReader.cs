using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Contracts
{
    /// <summary>
    /// The one reader of RefOrder's attributes. It reads a declaration's own annotations into a contract and
    /// records every mistake it meets; a mistaken annotation is left out of the contract, so what the engine
    /// believes and what the annotation rules report can never drift apart.
    /// </summary>
    /// <remarks>
    /// Reading never resolves another declaration's contract: a type's counters are read from [RefCounted]
    /// alone, and a counter named by an annotation is checked against those counters only. A self-guarded type
    /// (a node guarded by its parent node), mutual guards or any other cycle of declarations therefore cannot
    /// make reading re-enter itself.
    /// </remarks>
    internal sealed partial class AnnotationReader
    {
        private readonly WellKnownSymbols _symbols;
        private readonly Func<ITypeSymbol?, ImmutableArray<string>?> _counters;

        /// <param name="symbols">The vocabulary of the compilation.</param>
        /// <param name="counters">The declared counters of a type (cached by the caller; never resolves contracts).</param>
        public AnnotationReader(WellKnownSymbols symbols, Func<ITypeSymbol?, ImmutableArray<string>?> counters)
        {
            _symbols = symbols;
            _counters = counters;
        }

        /// <summary>
        /// The counter an annotation means on a value of <paramref name="type"/>: the named one if declared, the only
        /// one if none is named; null when the type is not [RefCounted] or the name is wrong or ambiguous.
        /// </summary>
        public string? ResolveCounter(ITypeSymbol? type, string? counter)
        {
            var counters = _counters(type);
            if (counters == null)
            {
                return null;
            }

            if (counter == null)
            {
                return counters.Value.Length == 1 ? counters.Value[0] : null;
            }

            return counters.Value.Contains(counter) ? counter : null;
        }

        /// <summary>
        /// The counter of a reference-count annotation on <paramref name="type"/>, or a mistake: RO0905 when the type
        /// is not [RefCounted] (unless it does not resolve at all, as while the user types), RO0902 when the
        /// counter is wrong or missing.
        /// </summary>
        private string? CheckedCounter(MistakeList mistakes, AttributeData attribute, string kind, string subject, ITypeSymbol? type)
        {
            string? counter = NamedString(attribute, "Counter");
            var declared = _counters(type);
            if (declared == null)
            {
                if (type != null && !Unresolved(type))
                {
                    mistakes.Add(MistakeKind.NotRefCounted, attribute, kind, subject, type.ToDisplayString());
                }

                return null;
            }

            var resolved = ResolveCounter(type, counter);
            if (resolved == null)
            {
                string list = string.Join(", ", declared.Value);
                string detail = counter == null
                    ? $"on '{subject}' must name a counter: '{type!.Name}' declares several ({list})"
                    : $"names counter '{counter}', which '{type!.Name}' does not declare (declared: {list})";
                mistakes.Add(MistakeKind.UnknownCounter, attribute, kind, detail);
            }

            return resolved;
        }

        /// <summary>A type that does not resolve (yet, while the user types), or is built from one (<c>Missing?</c>, <c>Missing[]</c>).</summary>
        private static bool Unresolved(ITypeSymbol type) => type switch
        {
            { TypeKind: TypeKind.Error } => true,
            IArrayTypeSymbol array => Unresolved(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(Unresolved),
            _ => false,
        };

        /// <summary>The declared counters of a [RefCounted] attribute (none given: one counter, <c>"ref"</c>).</summary>
        public static ImmutableArray<string> DeclaredCounters(AttributeData refCounted)
        {
            if (refCounted.ConstructorArguments.Length == 1 && refCounted.ConstructorArguments[0].Kind == TypedConstantKind.Array)
            {
                var names = refCounted.ConstructorArguments[0].Values.Select(v => v.Value as string).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToImmutableArray();
                if (names.Length > 0)
                {
                    return names;
                }
            }

            return ImmutableArray.Create("ref");
        }

        public static string? NamedString(AttributeData attribute, string name)
        {
            foreach (var pair in attribute.NamedArguments)
            {
                if (pair.Key == name)
                {
                    return pair.Value.Value as string;
                }
            }

            return null;
        }

        public static string? FirstString(AttributeData attribute, int index = 0) =>
            attribute.ConstructorArguments.Length > index ? attribute.ConstructorArguments[index].Value as string : null;

        private bool Is(AttributeData attribute, INamedTypeSymbol? type) => WellKnownSymbols.Is(attribute, type);

        /// <summary>Mistakes collected while reading one declaration.</summary>
        private sealed class MistakeList
        {
            private ImmutableArray<AnnotationMistake>.Builder? _items;

            public void Add(MistakeKind kind, AttributeData attribute, params string[] arguments) =>
                (_items ??= ImmutableArray.CreateBuilder<AnnotationMistake>()).Add(new AnnotationMistake(kind, attribute, arguments.ToImmutableArray()));

            public ImmutableArray<AnnotationMistake> ToImmutable() => _items?.ToImmutable() ?? ImmutableArray<AnnotationMistake>.Empty;
        }
    }
}
