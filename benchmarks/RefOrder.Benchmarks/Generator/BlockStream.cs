using System;
using System.Collections.Generic;
using RefOrder.Benchmarks.Generator.Blocks;
using RefOrder.Benchmarks.Generator.Dialects;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>
    /// An endless, seeded sequence of blocks. Each block gets its own seed from the master sequence and is
    /// rendered once per dialect from that seed, so the twin matches the annotated block draw for draw.
    /// A smaller corpus is a prefix of a larger one with the same seed.
    /// </summary>
    internal sealed class BlockStream
    {
        /// <summary>Method bodies sit inside a class inside a file-scoped namespace: two levels in.</summary>
        private const int BodyDepth = 2;

        private readonly Random _master;
        private readonly List<RenderedBlock> _blocks = new List<RenderedBlock>();

        public BlockStream(int seed) => _master = new Random(seed);

        /// <summary>The block at <paramref name="index"/>, rendering as many as needed to reach it.</summary>
        public RenderedBlock this[int index]
        {
            get
            {
                while (_blocks.Count <= index)
                {
                    _blocks.Add(Render(_blocks.Count, _master.Next()));
                }

                return _blocks[index];
            }
        }

        private RenderedBlock Render(int index, int seed)
        {
            var bugs = new BugTally();
            var annotated = RenderIn(RefCountDialect.Instance, index, seed, bugs);
            var twin = RenderIn(PoolDialect.Instance, index, seed, new BugTally());
            return new RenderedBlock(annotated, twin, bugs);
        }

        private static IReadOnlyList<string> RenderIn(IReferenceDialect dialect, int index, int seed, BugTally bugs)
        {
            var writer = new SourceWriter(BodyDepth);
            BlockCatalog.WriteOne(new BlockContext(writer, new NameSource(index), dialect, new Random(seed), bugs));
            return writer.Lines;
        }
    }
}
