using System;
using System.Globalization;
using RefOrder.Benchmarks.Generator.Dialects;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>
    /// What a block generator writes with: the writer, fresh names, the dialect, and the block's own random
    /// source. Every random draw happens whatever the dialect, so one block seed yields the same block in
    /// the annotated corpus, its stripped copy and its IDisposable twin.
    /// </summary>
    internal sealed class BlockContext(SourceWriter writer, NameSource names, IReferenceDialect dialect, Random random, BugTally bugs)
    {
        /// <summary>The share of bug opportunities taken: mostly correct code, a sprinkling of mistakes.</summary>
        private const double BugRate = 0.03;

        public SourceWriter Writer { get; } = writer;

        public IReferenceDialect Dialect { get; } = dialect;

        public Random Random { get; } = random;

        public string Name(string prefix) => names.Next(prefix);

        /// <summary>A small literal for conditions and flags, so branches are not all alike.</summary>
        public string Small() => Random.Next(1, 9).ToString(CultureInfo.InvariantCulture);

        /// <summary>Whether this opportunity becomes a bug of kind <paramref name="bug"/>; counted when it does.</summary>
        public bool Seed(SeededBug bug)
        {
            if (Random.NextDouble() >= BugRate)
            {
                return false;
            }

            bugs.Add(bug);
            return true;
        }
    }
}
