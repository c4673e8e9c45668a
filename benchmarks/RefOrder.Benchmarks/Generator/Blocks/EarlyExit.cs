using System;

namespace RefOrder.Benchmarks.Generator.Blocks
{
    /// <summary>The early exit every block with a forgettable put shares: <c>if (condition) { put; exit }</c>.</summary>
    internal static class EarlyExit
    {
        /// <summary>Writes the exit; the put is left out when this opportunity becomes the bug <paramref name="forgotten"/>.</summary>
        public static void Write(BlockContext c, string condition, SeededBug forgotten, Action put, string exit)
        {
            using (c.Writer.Block($"if ({condition})"))
            {
                if (!c.Seed(forgotten))
                {
                    put();
                }

                c.Writer.Line(exit);
            }
        }
    }
}
