using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Contracts
{
    /// <summary>The kinds of annotation mistake; each is one rule (RO0901, RO0902, RO0904, RO0905).</summary>
    internal enum MistakeKind
    {
        /// <summary>A target, member or lock name that names nothing (RO0901).</summary>
        UnknownTarget,

        /// <summary>A counter the type does not declare, or none named where several exist (RO0902).</summary>
        UnknownCounter,

        /// <summary>Annotations that contradict each other or their declaration (RO0904).</summary>
        ContradictoryContract,

        /// <summary>A reference-count annotation on a type that is not [RefCounted] (RO0905).</summary>
        NotRefCounted,
    }

    /// <summary>
    /// A mistake the annotation reader found while reading a contract, at the attribute that has it. The engine
    /// never sees the mistaken annotation; the rule of <see cref="Kind"/> reports it with <see cref="Arguments"/>
    /// as its message arguments.
    /// </summary>
    internal sealed record AnnotationMistake(MistakeKind Kind, AttributeData Attribute, ImmutableArray<string> Arguments);
}
