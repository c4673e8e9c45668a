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
    /// The annotations of one compilation, read lazily and once per declaration by the one
    /// <see cref="AnnotationReader"/>, into contracts (for the engine) and mistakes (for the annotation rules).
    /// Shared by every RefOrder analyzer of the compilation and safe to use from concurrent callbacks.
    /// </summary>
    /// <remarks>
    /// No cache factory here asks for an entry of a cache whose factory can ask back: counters read attributes
    /// only; guards, members and methods read their own attributes and the counters. A cycle of declarations
    /// (a type guarded by itself) cannot recurse.
    /// </remarks>
    internal sealed class ContractTable
    {
        private static readonly ConditionalWeakTable<Compilation, ContractTable> PerCompilation = new ConditionalWeakTable<Compilation, ContractTable>();

        private readonly ConcurrentDictionary<ITypeSymbol, CountersEntry> _counters = new ConcurrentDictionary<ITypeSymbol, CountersEntry>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, Declared<ImmutableArray<GuardContract>>> _declaredGuards = new ConcurrentDictionary<INamedTypeSymbol, Declared<ImmutableArray<GuardContract>>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, TypeContract> _types = new ConcurrentDictionary<ITypeSymbol, TypeContract>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, Declared<MethodContract>> _declaredMethods = new ConcurrentDictionary<IMethodSymbol, Declared<MethodContract>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, MethodContract> _methods = new ConcurrentDictionary<IMethodSymbol, MethodContract>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, Declared<MemberContract>> _declaredMembers = new ConcurrentDictionary<ISymbol, Declared<MemberContract>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, MemberContract> _members = new ConcurrentDictionary<ISymbol, MemberContract>(SymbolEqualityComparer.Default);
        private readonly AnnotationReader _reader;
        private readonly System.Lazy<bool> _inUse;

        private ContractTable(Compilation compilation)
        {
            Compilation = compilation;
            Symbols = WellKnownSymbols.Create(compilation);
            _reader = new AnnotationReader(Symbols, Counters);
            _inUse = new System.Lazy<bool>(() => VocabularyUse.InUse(compilation, Symbols));
        }

        public Compilation Compilation { get; }

        public WellKnownSymbols Symbols { get; }

        /// <summary>Whether any contract can exist in this compilation (see <see cref="VocabularyUse"/>): else no rule registers anything.</summary>
        public bool VocabularyInUse => _inUse.Value;

        /// <summary>The table of <paramref name="compilation"/>, created on first use.</summary>
        public static ContractTable For(Compilation compilation) =>
            PerCompilation.GetValue(compilation, c => new ContractTable(c));

        /// <summary>A method's contract: its own annotations and those of what it overrides or implements.</summary>
        public MethodContract GetMethod(IMethodSymbol method) =>
            !Symbols.HasVocabulary ? MethodContract.Empty : _methods.GetOrAdd(method.OriginalDefinition, m => MethodContract.Union(ContractSources(m).Select(s => DeclaredMethod(s).Contract)));

        /// <summary>A type's counters and guards, its own and those of its bases and interfaces.</summary>
        public TypeContract GetType(ITypeSymbol? type)
        {
            if (type == null || !Symbols.HasVocabulary)
            {
                return TypeContract.None;
            }

            return _types.GetOrAdd(Key(type), t =>
            {
                var counters = Counters(t);
                var guards = AnnotationReader.SelfBasesAndInterfaces(t).OfType<INamedTypeSymbol>().SelectMany(d => DeclaredGuards(d).Contract).ToImmutableArray();
                return counters == null && guards.IsEmpty ? TypeContract.None : new TypeContract(counters, guards);
            });
        }

        /// <summary>What a field or property promises: its own annotations and those of the properties it overrides.</summary>
        public MemberContract GetMember(ISymbol member) =>
            !Symbols.HasVocabulary ? MemberContract.None : _members.GetOrAdd(member.OriginalDefinition, m => MemberContract.Union(MemberSources(m).Select(s => DeclaredMember(s).Contract)));

        /// <summary>The mistakes in the annotations <paramref name="symbol"/> itself declares (for the annotation rules).</summary>
        public ImmutableArray<AnnotationMistake> MistakesOf(ISymbol symbol)
        {
            if (!Symbols.HasVocabulary)
            {
                return ImmutableArray<AnnotationMistake>.Empty;
            }

            switch (symbol)
            {
                case IMethodSymbol method:
                    return DeclaredMethod(method).Mistakes;
                case INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke } type:
                    return DeclaredGuards(type).Mistakes.AddRange(DeclaredMethod(invoke).Mistakes.Where(m => type.GetAttributes().Contains(m.Attribute)));
                case INamedTypeSymbol type:
                    return DeclaredGuards(type).Mistakes;
                case IFieldSymbol or IPropertySymbol:
                    return DeclaredMember(symbol).Mistakes;
                default:
                    return ImmutableArray<AnnotationMistake>.Empty;
            }
        }

        /// <summary>
        /// The counter an annotation means on a value of <paramref name="type"/>: the named one if declared, the only
        /// one if none is named; null when the type is not [RefCounted] or the name is wrong or ambiguous.
        /// </summary>
        public string? ResolveCounter(ITypeSymbol? type, string? counter) => _reader.ResolveCounter(type, counter);

        /// <summary>
        /// The cheap pre-check: only a call to a method with a contract (or a [Live] parameter), or an access to a
        /// property whose accessor has one, can lead to a finding, so a body without one needs no control-flow graph
        /// and no analysis.
        /// </summary>
        public bool TouchesContracts(IOperation body)
        {
            foreach (var operation in body.Descendants())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation when !GetMethod(ImplementationOf(invocation.TargetMethod, invocation.Instance)).IsEmpty:
                        return true;
                    case IPropertyReferenceOperation property when HasContract(property.Property.GetMethod, property.Instance) || HasContract(property.Property.SetMethod, property.Instance):
                        return true;

                    // A store into a [HoldsRef] or [LiveUnderLock] member is checked too (RO0009, RO0005 on writes).
                    case IAssignmentOperation { Target: IMemberReferenceOperation target } when !GetMember(target.Member).IsEmpty:
                        return true;
                }
            }

            return false;
        }

        /// <summary>Whether accessing a property through <paramref name="accessor"/> means a contract call.</summary>
        public bool HasContract(IMethodSymbol? accessor, IOperation? instance) =>
            accessor != null && !GetMethod(ImplementationOf(accessor, instance)).IsEmpty;

        /// <summary>
        /// For an interface member called on a receiver whose class is known (the Dispose a <c>using</c> lowers to, an
        /// accessor of an interface property), the implementation, whose own contract then applies as well as the
        /// interface's; otherwise <paramref name="method"/> itself.
        /// </summary>
        public static IMethodSymbol ImplementationOf(IMethodSymbol method, IOperation? instance)
        {
            if (method.ContainingType?.TypeKind != TypeKind.Interface || instance == null)
            {
                return method;
            }

            var receiver = instance;
            while (receiver is IConversionOperation { OperatorMethod: null } conversion)
            {
                receiver = conversion.Operand;
            }

            if (receiver.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type
                && type.FindImplementationForInterfaceMember(method) is IMethodSymbol implementation)
            {
                return implementation;
            }

            return method;
        }

        public bool IsInterlockedExchange(IMethodSymbol method) =>
            method.Name == "Exchange" && SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.Interlocked);

        public bool IsInterlockedCompareExchange(IMethodSymbol method) =>
            method.Name == "CompareExchange" && SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.Interlocked);

        private ImmutableArray<string>? Counters(ITypeSymbol? type) =>
            type == null || !Symbols.HasVocabulary ? null : _counters.GetOrAdd(Key(type), t => new CountersEntry(_reader.ReadCounters(t))).Counters;

        private Declared<MethodContract> DeclaredMethod(IMethodSymbol method) => _declaredMethods.GetOrAdd(method.OriginalDefinition, _reader.ReadMethod);

        private Declared<ImmutableArray<GuardContract>> DeclaredGuards(INamedTypeSymbol type) => _declaredGuards.GetOrAdd((INamedTypeSymbol)type.OriginalDefinition, _reader.ReadGuards);

        private Declared<MemberContract> DeclaredMember(ISymbol member) => _declaredMembers.GetOrAdd(member.OriginalDefinition, _reader.ReadMember);

        private static ITypeSymbol Key(ITypeSymbol type) => type.OriginalDefinition.WithNullableAnnotation(NullableAnnotation.None);

        /// <summary>
        /// The method itself, what it overrides and what it implements: contracts declared on any of them apply to
        /// every call (a delegate's Invoke reads its delegate type's attributes itself).
        /// </summary>
        private static IEnumerable<IMethodSymbol> ContractSources(IMethodSymbol method)
        {
            yield return method;
            for (var o = method.OverriddenMethod; o != null; o = o.OverriddenMethod)
            {
                yield return o;
            }

            foreach (var implemented in method.ExplicitInterfaceImplementations)
            {
                yield return implemented;
            }

            if (method.ContainingType is { TypeKind: not TypeKind.Interface } type && !method.IsStatic)
            {
                foreach (var i in type.AllInterfaces)
                {
                    foreach (var member in i.GetMembers(method.Name))
                    {
                        if (member is IMethodSymbol im && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(im), method))
                        {
                            yield return im;
                        }
                    }
                }
            }
        }

        private static IEnumerable<ISymbol> MemberSources(ISymbol member)
        {
            yield return member;
            for (var p = (member as IPropertySymbol)?.OverriddenProperty; p != null; p = p.OverriddenProperty)
            {
                yield return p;
            }
        }

        /// <summary>A cache entry for "not [RefCounted]" too (a dictionary cannot hold a null value type).</summary>
        private sealed class CountersEntry
        {
            public CountersEntry(ImmutableArray<string>? counters) => Counters = counters;

            public ImmutableArray<string>? Counters { get; }
        }
    }
}
