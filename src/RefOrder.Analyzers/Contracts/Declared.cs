using System.Collections.Immutable;

namespace RefOrder.Analyzers.Contracts
{
    /// <summary>What one declaration's own annotations say, and the mistakes found reading them.</summary>
    internal sealed class Declared<TContract>
    {
        public Declared(TContract contract, ImmutableArray<AnnotationMistake> mistakes)
        {
            Contract = contract;
            Mistakes = mistakes;
        }

        public TContract Contract { get; }

        public ImmutableArray<AnnotationMistake> Mistakes { get; }
    }
}
