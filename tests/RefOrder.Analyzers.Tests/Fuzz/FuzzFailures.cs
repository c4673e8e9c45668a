using System;
using System.Collections.Generic;
using System.Linq;
using RefOrder.Analyzers.Tests.Model;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// Collects every property violation of a fuzz run instead of stopping at the first, so one failing run shows all
    /// it found; each entry starts with the case's label, which names the seed and the input.
    /// </summary>
    internal sealed class FuzzFailures
    {
        private const int Shown = 8;
        private readonly List<string> _failures = new List<string>();
        private readonly string _run;

        public FuzzFailures(string run) => _run = run;

        public int Cases { get; private set; }

        public void Add(string label, string failure) => _failures.Add(label + ": " + failure);

        /// <summary>The never-throws property: no analyzer exception, no engine-caught internal error.</summary>
        public void NoCrash(string label, AnalysisRun run)
        {
            Cases++;
            foreach (var crash in run.Crashes())
            {
                Add(label, crash);
            }
        }

        /// <summary>The determinism property: two runs report the same diagnostics (id, span, message).</summary>
        public void Same(string label, string how, AnalysisRun expected, AnalysisRun actual)
        {
            var a = expected.Signature();
            var b = actual.Signature();
            if (!a.SequenceEqual(b))
            {
                Add(label, $"{how} differ: only in the first [{string.Join(" | ", a.Except(b))}], only in the second [{string.Join(" | ", b.Except(a))}]"
                    + $" ({a.Count} vs {b.Count} diagnostics)");
            }
        }

        public void AssertNone() =>
            Assert.True(
                _failures.Count == 0,
                $"{_run}: {_failures.Count} failure(s) in {Cases} case(s); the first {Math.Min(Shown, _failures.Count)}:\n"
                + string.Join("\n", _failures.Take(Shown)));
    }
}
