namespace RefOrder.Benchmarks.Corpora
{
    /// <summary>What a corpus stands for, which decides the targets it is judged against.</summary>
    internal enum CorpusKind
    {
        /// <summary>Dense annotated refcount code in the model's style (the 20k and 80k corpora).</summary>
        Dense,

        /// <summary>The dense 20k statements regrouped into methods of one fixed length.</summary>
        LongMethods,

        /// <summary>Code without a single RefOrder attribute, where RefOrder should cost next to nothing.</summary>
        Unannotated,
    }
}
