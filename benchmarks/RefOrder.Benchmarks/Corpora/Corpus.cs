using System.Collections.Generic;
using System.Linq;
using RefOrder.Benchmarks.Generator;

namespace RefOrder.Benchmarks.Corpora
{
    /// <summary>One body of code the benchmark compiles and analyses, with its IDisposable twin when it has one.</summary>
    /// <param name="Name">The corpus' row in the table.</param>
    /// <param name="Kind">Which targets apply.</param>
    /// <param name="Sources">What RefOrder, the floor and Emit run on (prelude included).</param>
    /// <param name="Twin">The same code with references as disposable leases, for CA2000; null where there is none.</param>
    /// <param name="Methods">Generated methods; 0 for sources read from disk.</param>
    /// <param name="MethodLength">The method length the blocks were packed to, for the long-method corpora.</param>
    /// <param name="Bugs">The bugs seeded into annotated corpora; null for unannotated code.</param>
    /// <param name="ReferencesBenchmarkAssemblies">The benchmark's own sources need Roslyn and the other assemblies next to the benchmark.</param>
    internal sealed record Corpus(
        string Name,
        CorpusKind Kind,
        IReadOnlyList<SourceFile> Sources,
        IReadOnlyList<SourceFile>? Twin,
        int Methods,
        int? MethodLength,
        BugTally? Bugs,
        bool ReferencesBenchmarkAssemblies = false)
    {
        public int Lines { get; } = Sources.Sum(source => source.LineCount);
    }
}
