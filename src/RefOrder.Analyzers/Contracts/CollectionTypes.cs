using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Contracts
{
    /// <summary>
    /// The one notion of "a collection" RefOrder uses: an array, or a type that implements <c>IEnumerable</c>
    /// (generic or not), except <c>string</c>, whose characters are no references. [HoldsRef] and [Live] on a
    /// collection apply to its elements; reading an element of one yields a value as live as its elements.
    /// </summary>
    internal static class CollectionTypes
    {
        public static bool IsCollection(ITypeSymbol? type)
        {
            if (type == null || type.SpecialType == SpecialType.System_String)
            {
                return false;
            }

            if (type is IArrayTypeSymbol)
            {
                return true;
            }

            if (type.SpecialType == SpecialType.System_Collections_IEnumerable || type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return true;
            }

            foreach (var i in type.AllInterfaces)
            {
                if (i.SpecialType == SpecialType.System_Collections_IEnumerable)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The element type of a collection (<c>object</c> for a non-generic one); null for anything else.</summary>
        public static ITypeSymbol? ElementType(ITypeSymbol? type, Compilation compilation)
        {
            if (!IsCollection(type))
            {
                return null;
            }

            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            if (type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return named.TypeArguments[0];
            }

            foreach (var i in type!.AllInterfaces)
            {
                if (i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return i.TypeArguments[0];
                }
            }

            return compilation.GetSpecialType(SpecialType.System_Object);
        }
    }
}
