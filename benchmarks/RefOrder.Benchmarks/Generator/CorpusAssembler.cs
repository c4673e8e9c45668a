using System;
using System.Collections.Generic;
using System.Globalization;
using RefOrder.Benchmarks.Corpora;
using RefOrder.Benchmarks.Generator.Dialects;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>
    /// Writes packed methods out as source files of about a thousand lines each (one static class per file),
    /// so the compiler and the analyzers see a project-like spread of trees they can work on concurrently.
    /// </summary>
    internal static class CorpusAssembler
    {
        private const int DefaultFileLines = 1000;

        /// <summary>The annotated sources, or with <paramref name="twin"/> the IDisposable twin's, in files of about <paramref name="fileLines"/> lines.</summary>
        public static List<SourceFile> Assemble(BlockStream stream, IReadOnlyList<MethodSpan> methods, bool twin, int fileLines = DefaultFileLines)
        {
            IReferenceDialect dialect = twin ? PoolDialect.Instance : RefCountDialect.Instance;
            Func<RenderedBlock, IReadOnlyList<string>> linesOf = twin ? block => block.Twin : block => block.Annotated;
            var files = new List<SourceFile>();
            var method = 0;
            while (method < methods.Count)
            {
                var writer = new SourceWriter();
                var fileIndex = files.Count;
                if (dialect.FileUsings.Length > 0)
                {
                    writer.Line(dialect.FileUsings);
                    writer.Line(string.Empty);
                }

                writer.Line("namespace Corpus;");
                writer.Line(string.Empty);
                using (writer.Block(Invariant($"public static class Generated{fileIndex}")))
                {
                    var first = true;
                    do
                    {
                        if (!first)
                        {
                            writer.Line(string.Empty);
                        }

                        first = false;
                        WriteMethod(writer, stream, methods[method], Invariant($"M{method}"), dialect, linesOf);
                        method++;
                    }
                    while (method < methods.Count && writer.Lines.Count < fileLines);
                }

                files.Add(new SourceFile(Invariant($"Generated{fileIndex}.cs"), string.Join('\n', writer.Lines) + "\n"));
            }

            return files;
        }

        private static void WriteMethod(
            SourceWriter writer,
            BlockStream stream,
            MethodSpan span,
            string name,
            IReferenceDialect dialect,
            Func<RenderedBlock, IReadOnlyList<string>> linesOf)
        {
            using (writer.Block($"public static void {name}({dialect.MethodParameters})"))
            {
                for (var block = span.First; block < span.First + span.Count; block++)
                {
                    writer.AddRange(linesOf(stream[block]));
                }
            }
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
