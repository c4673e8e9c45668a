using System;
using System.Collections.Generic;
using System.Linq;
using RefOrder.Benchmarks.Generator;

namespace RefOrder.Benchmarks.Corpora
{
    /// <summary>
    /// Every corpus the benchmark measures: dense annotated code at two sizes, the smaller one's statements
    /// regrouped into long methods, and unannotated code (the benchmark's own sources and the smaller dense
    /// corpus with its attributes stripped).
    /// </summary>
    internal static class CorpusCatalog
    {
        /// <summary>Fixed seeds: every run, on every machine, measures the same code.</summary>
        private const int BlockSeed = 20260624;
        private const int MethodLengthSeed = 6;

        /// <summary>Dense methods are short, as the model's ports are: 12 to 48 lines of body.</summary>
        private const int DenseMinLines = 12;
        private const int DenseMaxLines = 48;

        public static IReadOnlyList<Corpus> Build(BenchmarkSettings settings)
        {
            var stream = new BlockStream(BlockSeed);

            // The same seeds for both sizes, so the small corpus is the first quarter of the large one.
            var small = MethodPacker.PackToLines(stream, DenseMethodLengths(), settings.SmallLines);
            var large = MethodPacker.PackToLines(stream, DenseMethodLengths(), settings.LargeLines);
            var smallBlocks = MethodPacker.BlockCount(small);

            var corpora = new List<Corpus>
            {
                Annotated($"dense {BenchmarkSettings.Kilo(settings.SmallLines)}", CorpusKind.Dense, stream, small, methodLength: null),
                Annotated($"dense {BenchmarkSettings.Kilo(settings.LargeLines)}", CorpusKind.Dense, stream, large, methodLength: null),
            };
            foreach (var length in settings.MethodLengths)
            {
                var methods = MethodPacker.PackBlocks(stream, smallBlocks, length);
                corpora.Add(Annotated($"long {length}", CorpusKind.LongMethods, stream, methods, length));
            }

            corpora.Add(new Corpus("unannotated self", CorpusKind.Unannotated, SelfSources.Load(), Twin: null, Methods: 0, MethodLength: null, Bugs: null, ReferencesBenchmarkAssemblies: true));
            corpora.Add(Stripped($"unannotated {BenchmarkSettings.Kilo(settings.SmallLines)}", corpora[0]));
            return corpora;
        }

        private static Func<int> DenseMethodLengths()
        {
            var random = new Random(MethodLengthSeed);
            return () => random.Next(DenseMinLines, DenseMaxLines + 1);
        }

        private static Corpus Annotated(string name, CorpusKind kind, BlockStream stream, IReadOnlyList<MethodSpan> methods, int? methodLength)
        {
            var sources = Preludes.Annotated().Concat(CorpusAssembler.Assemble(stream, methods, twin: false)).ToList();
            var twin = Preludes.Twin().Concat(CorpusAssembler.Assemble(stream, methods, twin: true)).ToList();
            var bugs = new BugTally();
            for (var block = 0; block < MethodPacker.BlockCount(methods); block++)
            {
                bugs.Add(stream[block].Bugs);
            }

            return new Corpus(name, kind, sources, twin, methods.Count, methodLength, bugs);
        }

        /// <summary>The annotated corpus as a project without RefOrder's attributes would have it.</summary>
        private static Corpus Stripped(string name, Corpus annotated)
        {
            var generated = annotated.Sources.Skip(Preludes.Annotated().Length)
                .Select(source => new SourceFile(source.Path, AttributeStripper.Strip(source.Text)));
            var sources = Preludes.Unannotated().Concat(generated).ToList();
            return new Corpus(name, CorpusKind.Unannotated, sources, Twin: null, annotated.Methods, MethodLength: null, Bugs: null);
        }
    }
}
