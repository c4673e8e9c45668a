using System;
using RefOrder.Benchmarks.Corpora;
using RefOrder.Benchmarks.Measure;

namespace RefOrder.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project benchmarks/RefOrder.Benchmarks -- [--quick]</c>: for now, generates
    /// the corpora and checks that each compiles; the measurements come next.
    /// </summary>
    internal static class Program
    {
        public static void Main(string[] args)
        {
            var settings = BenchmarkSettings.Parse(args);
            foreach (var corpus in CorpusCatalog.Build(settings))
            {
                CompilationFactory.For(corpus.Name, corpus.Sources, CorpusReferences.For(corpus)).EnsureCompiles();
                if (corpus.Twin != null)
                {
                    CompilationFactory.For(corpus.Name + ".Twin", corpus.Twin, CorpusReferences.For(corpus)).EnsureCompiles();
                }

                Console.WriteLine($"{corpus.Name}: {corpus.Lines:N0} lines, {corpus.Methods:N0} methods, {corpus.Sources.Count} files");
            }
        }
    }
}
