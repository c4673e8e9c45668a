using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RefOrder.Benchmarks.Generator;
using RefOrder.Benchmarks.Measure;

namespace RefOrder.Benchmarks.Corpora
{
    /// <summary>
    /// Every corpus the benchmark measures: dense annotated code at two sizes, the smaller one's statements
    /// regrouped into long methods, and unannotated code (the repository's own sources, the smaller dense
    /// corpus with its attributes stripped, and any directory given with <c>--real-code</c>).
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

            corpora.Add(Repository());
            corpora.Add(Stripped($"unannotated generated {BenchmarkSettings.Kilo(settings.SmallLines)}", corpora[0]));
            if (settings.RealCodeDirectory is { } directory)
            {
                corpora.Add(RealCode(directory));
            }

            return corpora;
        }

        /// <summary>
        /// One annotated file of about <paramref name="lines"/> lines of dense methods (bugs seeded as in the
        /// dense corpora), the file an editor has open in the edit-latency scenario. Its own seed: not a prefix
        /// of the dense corpora.
        /// </summary>
        public static Corpus SingleFile(int lines)
        {
            const int EditFileSeed = 20261206;
            var stream = new BlockStream(EditFileSeed);
            var methods = MethodPacker.PackToLines(stream, DenseMethodLengths(), lines);
            var file = CorpusAssembler.Assemble(stream, methods, twin: false, fileLines: int.MaxValue).Single();
            var sources = Preludes.Annotated().Append(file).ToList();
            return new Corpus($"one file {BenchmarkSettings.Kilo(lines)}", CorpusKind.Dense, sources, Twin: null, methods.Count, MethodLength: null, Bugs: null);
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

        /// <summary>The repository's sources that compile together as one library (see <see cref="RepositorySources"/>).</summary>
        private static Corpus Repository()
        {
            const string Name = "unannotated repository";
            var (kept, dropped) = CompilableSubset.Select(Name, RepositorySources.Load(), CorpusReferences.ForRealCode);
            return new Corpus(Name, CorpusKind.Unannotated, kept, Twin: null, Methods: 0, MethodLength: null, Bugs: null, ReferencesBenchmarkAssemblies: true)
            {
                DroppedFiles = dropped,
            };
        }

        /// <summary>Any directory of C# (a checkout of a library), compiled as one library however many errors that gives.</summary>
        private static Corpus RealCode(string directory)
        {
            var full = Path.GetFullPath(directory);
            var sources = SourceDirectory.Load(full, full).Select(AttributeStripper.StripRefOrder).ToList();
            var name = $"real code {Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))}";
            var errors = CompilationFactory.For(name, sources, CorpusReferences.ForRealCode).ErrorsByFile().Values.Sum();
            return new Corpus(name, CorpusKind.Unannotated, sources, Twin: null, Methods: 0, MethodLength: null, Bugs: null, ReferencesBenchmarkAssemblies: true)
            {
                Lenient = true,
                CompilerErrors = errors,
            };
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
