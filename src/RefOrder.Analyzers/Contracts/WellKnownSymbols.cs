using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Contracts
{
    /// <summary>
    /// The annotation types of one compilation, looked up once by full metadata name (never by assembly identity,
    /// so a user's own copy of the vocabulary is honoured too).
    /// </summary>
    internal sealed class WellKnownSymbols
    {
        private WellKnownSymbols(Compilation compilation)
        {
            RefCounted = compilation.GetTypeByMetadataName("RefOrder.RefCountedAttribute");
            Acquires = compilation.GetTypeByMetadataName("RefOrder.AcquiresAttribute");
            TryAcquires = compilation.GetTypeByMetadataName("RefOrder.TryAcquiresAttribute");
            Releases = compilation.GetTypeByMetadataName("RefOrder.ReleasesAttribute");
            GuardedBy = compilation.GetTypeByMetadataName("RefOrder.GuardedByAttribute");
            Live = compilation.GetTypeByMetadataName("RefOrder.LiveAttribute");
            HoldsRef = compilation.GetTypeByMetadataName("RefOrder.HoldsRefAttribute");
            LiveUnderLock = compilation.GetTypeByMetadataName("RefOrder.LiveUnderLockAttribute");
            Locks = compilation.GetTypeByMetadataName("RefOrder.LocksAttribute");
            Unlocks = compilation.GetTypeByMetadataName("RefOrder.UnlocksAttribute");
            RequiresLock = compilation.GetTypeByMetadataName("RefOrder.RequiresLockAttribute");
            Aliases = compilation.GetTypeByMetadataName("RefOrder.AliasesAttribute");
            Liveness = compilation.GetTypeByMetadataName("RefOrder.Liveness");
            Interlocked = compilation.GetTypeByMetadataName("System.Threading.Interlocked");
            Monitor = compilation.GetTypeByMetadataName("System.Threading.Monitor");

            // .NET 9's lock type: looked up by name, so a compilation against older references simply has none.
            Lock = compilation.GetTypeByMetadataName("System.Threading.Lock");
        }

        public INamedTypeSymbol? RefCounted { get; }
        public INamedTypeSymbol? Acquires { get; }
        public INamedTypeSymbol? TryAcquires { get; }
        public INamedTypeSymbol? Releases { get; }
        public INamedTypeSymbol? GuardedBy { get; }
        public INamedTypeSymbol? Live { get; }
        public INamedTypeSymbol? HoldsRef { get; }
        public INamedTypeSymbol? LiveUnderLock { get; }
        public INamedTypeSymbol? Locks { get; }
        public INamedTypeSymbol? Unlocks { get; }
        public INamedTypeSymbol? RequiresLock { get; }
        public INamedTypeSymbol? Aliases { get; }
        public INamedTypeSymbol? Liveness { get; }
        public INamedTypeSymbol? Interlocked { get; }
        public INamedTypeSymbol? Monitor { get; }
        public INamedTypeSymbol? Lock { get; }

        /// <summary>True when the compilation can see the vocabulary at all; otherwise RefOrder has nothing to do.</summary>
        public bool HasVocabulary => RefCounted != null || Acquires != null || Releases != null || Live != null;

        public static WellKnownSymbols Create(Compilation compilation) => new WellKnownSymbols(compilation);

        public static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
            type != null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);
    }
}
