using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Contracts
{
    internal sealed partial class AnnotationReader
    {
        /// <summary>
        /// The counters a type carries: those of the first [RefCounted] on the type, its bases, its interfaces or,
        /// for a type parameter, its constraints (a <c>T : RefNode</c> is as refcounted as <c>RefNode</c>). Null
        /// when none is [RefCounted]. Reads attributes only, so it cannot recurse through declarations.
        /// </summary>
        public ImmutableArray<string>? ReadCounters(ITypeSymbol type)
        {
            foreach (var t in SelfBasesAndInterfaces(type))
            {
                foreach (var attribute in t.GetAttributes())
                {
                    if (Is(attribute, _symbols.RefCounted))
                    {
                        return DeclaredCounters(attribute);
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The guards a type's own [GuardedBy] attributes declare, with the mistakes in them and in its
        /// [RefCounted]. A guard's counter is checked against the member type's counters alone.
        /// </summary>
        public Declared<ImmutableArray<GuardContract>> ReadGuards(INamedTypeSymbol type)
        {
            var mistakes = new MistakeList();
            var guards = ImmutableArray.CreateBuilder<GuardContract>();
            foreach (var attribute in type.GetAttributes())
            {
                if (Is(attribute, _symbols.RefCounted))
                {
                    var duplicate = DeclaredCounters(attribute).GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
                    if (duplicate != null)
                    {
                        mistakes.Add(MistakeKind.ContradictoryContract, attribute, $"'{type.Name}' declares counter '{duplicate.Key}' twice");
                    }
                }
                else if (Is(attribute, _symbols.GuardedBy))
                {
                    var name = FirstString(attribute);
                    var member = name == null ? null : PathResolver.FindMember(type, name);
                    if (member == null)
                    {
                        mistakes.Add(MistakeKind.UnknownTarget, attribute, "GuardedBy", name ?? "", $"not a field or property of '{type.Name}'");
                        continue;
                    }

                    if (_counters(type) == null)
                    {
                        mistakes.Add(MistakeKind.NotRefCounted, attribute, "GuardedBy", type.Name, type.ToDisplayString());
                    }

                    if (CheckedCounter(mistakes, attribute, "GuardedBy", name!, PathResolver.MemberType(member)) is { } counter)
                    {
                        guards.Add(new GuardContract(member, counter));
                    }
                }
            }

            return new Declared<ImmutableArray<GuardContract>>(guards.ToImmutable(), mistakes.ToImmutable());
        }

        /// <summary>What a field or property's own attributes promise about its value, with the mistakes in them.</summary>
        public Declared<MemberContract> ReadMember(ISymbol member)
        {
            var mistakes = new MistakeList();
            string? holdsRef = null;
            string? underLock = null;
            foreach (var attribute in member.GetAttributes())
            {
                if (Is(attribute, _symbols.HoldsRef))
                {
                    // [HoldsRef] on a collection applies to its elements; a mistaken one is not believed.
                    var type = PathResolver.MemberType(member);
                    var counted = _counters(type) != null ? type : CollectionTypes.IsCollection(type) ? ElementTypeOf(type!) : type;
                    holdsRef ??= CheckedCounter(mistakes, attribute, "HoldsRef", member.Name, counted);
                }
                else if (Is(attribute, _symbols.LiveUnderLock))
                {
                    var name = FirstString(attribute);
                    if (string.IsNullOrWhiteSpace(name))
                    {
                        mistakes.Add(MistakeKind.UnknownTarget, attribute, "LiveUnderLock", "", "empty: a lock needs a name");
                    }
                    else
                    {
                        underLock ??= name;
                    }
                }
            }

            var contract = holdsRef != null || underLock != null ? new MemberContract(holdsRef, underLock) : MemberContract.None;
            return new Declared<MemberContract>(contract, mistakes.ToImmutable());
        }

        private static ITypeSymbol? ElementTypeOf(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            foreach (var i in type.AllInterfaces.Prepend(type as INamedTypeSymbol))
            {
                if (i != null && i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return i.TypeArguments[0];
                }
            }

            return type;
        }

        /// <summary>
        /// The type, its bases and interfaces and, for a type parameter, what its constraints lead to. Walked
        /// with a visited set: constraints of code being typed may form cycles.
        /// </summary>
        public static IEnumerable<ITypeSymbol> SelfBasesAndInterfaces(ITypeSymbol type)
        {
            var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<ITypeSymbol>();
            pending.Push(type);
            while (pending.Count > 0)
            {
                var t = pending.Pop();
                if (!visited.Add(t))
                {
                    continue;
                }

                yield return t;
                if (t is ITypeParameterSymbol parameter)
                {
                    foreach (var constraint in parameter.ConstraintTypes.Reverse())
                    {
                        pending.Push(constraint);
                    }

                    continue;
                }

                foreach (var i in t.Interfaces.Reverse())
                {
                    pending.Push(i);
                }

                if (t.BaseType != null)
                {
                    pending.Push(t.BaseType);
                }
            }
        }
    }
}
