using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>The checks every edited-model case gets, and the cost line each fuzz test prints.</summary>
    internal static class FuzzCase
    {
        /// <summary>
        /// Analyses the edited tree as the IDE would; with <paramref name="compare"/> also sequentially on a fresh
        /// clone, and the two must agree. Comparing on a sample of cases keeps the run bounded.
        /// </summary>
        public static async Task CheckTreeAsync(FuzzFailures failures, string label, Compilation compilation, SyntaxTree tree, bool compare)
        {
            var concurrent = await AnalyzerRuns.TreeAsync(compilation, tree, concurrent: true);
            failures.NoCrash(label, concurrent);
            if (compare)
            {
                var sequential = await AnalyzerRuns.TreeAsync(compilation, tree, concurrent: false);
                failures.NoCrash(label, sequential);
                failures.Same(label, "concurrent and sequential runs", concurrent, sequential);
            }
        }

        /// <summary>A few lines of text around <paramref name="position"/>, for failure messages.</summary>
        public static string Around(string text, int position, int width = 60)
        {
            int start = Math.Max(0, position - width);
            int end = Math.Min(text.Length, position + width);
            return "«" + text.Substring(start, position - start).Replace("\n", "⏎") + "‸" + text.Substring(position, end - position).Replace("\n", "⏎") + "»";
        }
    }

    /// <summary>Wall and processor time of a fuzz test, printed so the bound on its run time stays visible.</summary>
    internal sealed class FuzzClock
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

        public string Report(int cases) =>
            $"{cases} case(s) in {_wall.Elapsed.TotalSeconds:F1} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalSeconds:F1} s processor (whole process, so parallel tests are included)";
    }
}
