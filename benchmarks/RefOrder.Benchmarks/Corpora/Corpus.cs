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
    /// <param name="ReferencesBenchmarkAssemblies">Real sources need Roslyn, xunit and the other assemblies next to the benchmark.</param>
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
        /// <summary>
        /// Measured even though it does not compile (a directory given with <c>--real-code</c>): analyzers run
        /// on what binds, and the Emit column times GetDiagnostics (everything bound, no code generated).
        /// </summary>
        public bool Lenient { get; init; }

        /// <summary>The compiler's errors on <see cref="Sources"/>; 0 for every corpus but a lenient one.</summary>
        public int CompilerErrors { get; init; }

        /// <summary>Files read from disk but left out because they do not compile together with the rest.</summary>
        public IReadOnlyList<string> DroppedFiles { get; init; } = System.Array.Empty<string>();

        public int Lines { get; } = Sources.Sum(source => source.LineCount);

        /// <summary>Real code read from disk (the repository, a <c>--real-code</c> directory) rather than generated.</summary>
        public bool ReadFromDisk => Methods == 0;
    }
}
