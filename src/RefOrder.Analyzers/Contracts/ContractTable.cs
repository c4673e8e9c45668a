using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RefOrder.Analyzers.Contracts
{
    /// <summary>
    /// The annotations of one compilation, read lazily and once per symbol into contracts. Shared by every
    /// RefOrder analyzer of the compilation and safe to use from concurrent callbacks.
    /// </summary>
    internal sealed class ContractTable
    {
        private static readonly ConditionalWeakTable<Compilation, ContractTable> PerCompilation = new ConditionalWeakTable<Compilation, ContractTable>();

        private readonly ConcurrentDictionary<IMethodSymbol, MethodContract> _methods = new ConcurrentDictionary<IMethodSymbol, MethodContract>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, TypeContract> _types = new ConcurrentDictionary<ITypeSymbol, TypeContract>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, MemberContract> _members = new ConcurrentDictionary<ISymbol, MemberContract>(SymbolEqualityComparer.Default);

        private ContractTable(Compilation compilation)
        {
            Compilation = compilation;
            Symbols = WellKnownSymbols.Create(compilation);
        }

        public Compilation Compilation { get; }

        public WellKnownSymbols Symbols { get; }

        /// <summary>The table of <paramref name="compilation"/>, created on first use.</summary>
        public static ContractTable For(Compilation compilation) =>
            PerCompilation.GetValue(compilation, c => new ContractTable(c));

        public MethodContract GetMethod(IMethodSymbol method) =>
            _methods.GetOrAdd(method.OriginalDefinition, m => ReadMethod(m));

        public TypeContract GetType(ITypeSymbol? type)
        {
            if (type == null)
            {
                return TypeContract.None;
            }

            return _types.GetOrAdd(type.OriginalDefinition.WithNullableAnnotation(NullableAnnotation.None), t => ReadType(t));
        }

        public MemberContract GetMember(ISymbol member) =>
            _members.GetOrAdd(member.OriginalDefinition, m => ReadMember(m));

        /// <summary>
        /// The counter an annotation means on a value of <paramref name="type"/>: the named one if declared, the only
        /// one if none is named; null when the type is not [RefCounted] or the name is wrong or ambiguous.
        /// </summary>
        public string? ResolveCounter(ITypeSymbol? type, string? counter)
        {
            var counters = GetType(type).Counters;
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
        /// The cheap pre-check: only a call to a method with a contract (or a [Live] parameter) can lead to a
        /// finding, so a body without one needs no control-flow graph and no analysis.
        /// </summary>
        public bool TouchesContracts(IOperation body)
        {
            foreach (var operation in body.Descendants())
            {
                if (operation is Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation && !GetMethod(invocation.TargetMethod).IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsInterlockedExchange(IMethodSymbol method) =>
            method.Name == "Exchange" && SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.Interlocked);

        public bool IsInterlockedCompareExchange(IMethodSymbol method) =>
            method.Name == "CompareExchange" && SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.Interlocked);

        /// <summary>Named counter arguments and the declared counters of [RefCounted], as written.</summary>
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

        private MethodContract ReadMethod(IMethodSymbol method)
        {
            if (!Symbols.HasVocabulary)
            {
                return MethodContract.Empty;
            }

            var acquires = ImmutableArray.CreateBuilder<RefEffect>();
            var tryAcquires = ImmutableArray.CreateBuilder<RefEffect>();
            var releases = ImmutableArray.CreateBuilder<RefEffect>();
            var locks = ImmutableArray.CreateBuilder<string>();
            var unlocks = ImmutableArray.CreateBuilder<string>();
            var requires = ImmutableArray.CreateBuilder<string>();
            var aliases = ImmutableArray.CreateBuilder<(ContractPath, ContractPath)>();
            var live = new bool[method.Parameters.Length];

            foreach (var (source, attributes) in ContractSources(method))
            {
                foreach (var attribute in attributes)
                {
                    ReadMethodAttribute(source, attribute, acquires, tryAcquires, releases, locks, unlocks, requires, aliases);
                }

                for (int i = 0; i < live.Length && i < source.Parameters.Length; i++)
                {
                    live[i] |= source.Parameters[i].GetAttributes().Any(a => WellKnownSymbols.Is(a, Symbols.Live));
                }
            }

            bool isAssume = method.Name == "Assume" && SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.Liveness);
            return new MethodContract(
                Distinct(acquires),
                Distinct(tryAcquires),
                Distinct(releases),
                locks.Distinct().ToImmutableArray(),
                unlocks.Distinct().ToImmutableArray(),
                requires.Distinct().ToImmutableArray(),
                aliases.ToImmutable(),
                live.ToImmutableArray(),
                isAssume);
        }

        /// <summary>
        /// The method itself, what it overrides and implements, and for a delegate's Invoke the delegate type:
        /// contracts declared on any of them apply to every call.
        /// </summary>
        private static IEnumerable<(IMethodSymbol Source, ImmutableArray<AttributeData> Attributes)> ContractSources(IMethodSymbol method)
        {
            yield return (method, method.GetAttributes());
            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                yield return (method, method.ContainingType.GetAttributes());
            }

            for (var o = method.OverriddenMethod; o != null; o = o.OverriddenMethod)
            {
                yield return (o, o.GetAttributes());
            }

            foreach (var implemented in method.ExplicitInterfaceImplementations)
            {
                yield return (implemented, implemented.GetAttributes());
            }

            if (method.ContainingType is { TypeKind: not TypeKind.Interface } type && !method.IsStatic)
            {
                foreach (var i in type.AllInterfaces)
                {
                    foreach (var member in i.GetMembers(method.Name))
                    {
                        if (member is IMethodSymbol im && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(im), method))
                        {
                            yield return (im, im.GetAttributes());
                        }
                    }
                }
            }
        }

        private void ReadMethodAttribute(
            IMethodSymbol source,
            AttributeData attribute,
            ImmutableArray<RefEffect>.Builder acquires,
            ImmutableArray<RefEffect>.Builder tryAcquires,
            ImmutableArray<RefEffect>.Builder releases,
            ImmutableArray<string>.Builder locks,
            ImmutableArray<string>.Builder unlocks,
            ImmutableArray<string>.Builder requires,
            ImmutableArray<(ContractPath, ContractPath)>.Builder aliases)
        {
            var cls = attribute.AttributeClass;
            if (cls == null)
            {
                return;
            }

            if (WellKnownSymbols.Is(attribute, Symbols.Acquires) || WellKnownSymbols.Is(attribute, Symbols.TryAcquires) || WellKnownSymbols.Is(attribute, Symbols.Releases))
            {
                var path = PathResolver.Resolve(source, FirstString(attribute), out _);
                var counter = path == null ? null : ResolveCounter(path.Type, NamedString(attribute, "Counter"));
                if (path == null || counter == null)
                {
                    return; // the annotation analyzer reports why; the engine ignores what it cannot understand
                }

                var effect = new RefEffect(path, counter);
                if (WellKnownSymbols.Is(attribute, Symbols.Acquires))
                {
                    acquires.Add(effect);
                }
                else if (WellKnownSymbols.Is(attribute, Symbols.TryAcquires))
                {
                    tryAcquires.Add(effect);
                }
                else
                {
                    releases.Add(effect);
                }
            }
            else if (FirstString(attribute) is string text && text.Length > 0)
            {
                if (WellKnownSymbols.Is(attribute, Symbols.Locks))
                {
                    locks.Add(text);
                }
                else if (WellKnownSymbols.Is(attribute, Symbols.Unlocks))
                {
                    unlocks.Add(text);
                }
                else if (WellKnownSymbols.Is(attribute, Symbols.RequiresLock))
                {
                    requires.Add(text);
                }
                else if (WellKnownSymbols.Is(attribute, Symbols.Aliases))
                {
                    var first = PathResolver.Resolve(source, text, out _);
                    var second = PathResolver.Resolve(source, FirstString(attribute, 1), out _);
                    if (first != null && second != null)
                    {
                        aliases.Add((first, second));
                    }
                }
            }
        }

        private static ImmutableArray<RefEffect> Distinct(ImmutableArray<RefEffect>.Builder effects)
        {
            var seen = new HashSet<(string, string)>();
            var result = ImmutableArray.CreateBuilder<RefEffect>(effects.Count);
            foreach (var e in effects)
            {
                if (seen.Add((e.Target.Text, e.Counter)))
                {
                    result.Add(e);
                }
            }

            return result.ToImmutable();
        }

        private TypeContract ReadType(ITypeSymbol type)
        {
            if (!Symbols.HasVocabulary)
            {
                return TypeContract.None;
            }

            ImmutableArray<string>? counters = null;
            var guards = ImmutableArray.CreateBuilder<GuardContract>();
            foreach (var t in SelfBasesAndInterfaces(type))
            {
                foreach (var attribute in t.GetAttributes())
                {
                    if (counters == null && WellKnownSymbols.Is(attribute, Symbols.RefCounted))
                    {
                        counters = DeclaredCounters(attribute);
                    }
                    else if (WellKnownSymbols.Is(attribute, Symbols.GuardedBy) && FirstString(attribute) is string memberName)
                    {
                        var member = PathResolver.FindMember(type, memberName);
                        var counter = member == null ? null : ResolveCounter(PathResolver.MemberType(member), NamedString(attribute, "Counter"));
                        if (member != null && counter != null)
                        {
                            guards.Add(new GuardContract(member, counter));
                        }
                    }
                }
            }

            return counters == null && guards.Count == 0 ? TypeContract.None : new TypeContract(counters, guards.ToImmutable());
        }

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

        private static IEnumerable<ITypeSymbol> SelfBasesAndInterfaces(ITypeSymbol type)
        {
            for (var t = type; t != null; t = t.BaseType)
            {
                yield return t;
            }

            foreach (var i in type.AllInterfaces)
            {
                yield return i;
            }
        }

        private MemberContract ReadMember(ISymbol member)
        {
            if (!Symbols.HasVocabulary)
            {
                return MemberContract.None;
            }

            bool holdsRef = false;
            string? underLock = null;
            foreach (var attribute in MemberAttributes(member))
            {
                holdsRef |= WellKnownSymbols.Is(attribute, Symbols.HoldsRef);
                if (WellKnownSymbols.Is(attribute, Symbols.LiveUnderLock))
                {
                    underLock ??= FirstString(attribute);
                }
            }

            return holdsRef || underLock != null ? new MemberContract(holdsRef, underLock) : MemberContract.None;
        }

        private static IEnumerable<AttributeData> MemberAttributes(ISymbol member)
        {
            foreach (var a in member.GetAttributes())
            {
                yield return a;
            }

            for (var p = (member as IPropertySymbol)?.OverriddenProperty; p != null; p = p.OverriddenProperty)
            {
                foreach (var a in p.GetAttributes())
                {
                    yield return a;
                }
            }
        }
    }
}
