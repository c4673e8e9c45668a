using System;
using System.Collections.Generic;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>
    /// Groups a stream's blocks into methods. The same blocks can be packed into short or long methods, so
    /// corpora that differ only in method length contain the same statements.
    /// </summary>
    internal static class MethodPacker
    {
        /// <summary>Signature, braces and the blank line between methods.</summary>
        public const int MethodOverheadLines = 4;

        /// <summary>Packs blocks from the start of the stream until the methods add up to <paramref name="targetLines"/>.</summary>
        public static IReadOnlyList<MethodSpan> PackToLines(BlockStream stream, Func<int> nextMethodLength, int targetLines)
        {
            var methods = new List<MethodSpan>();
            var lines = 0;
            var next = 0;
            while (lines < targetLines)
            {
                var span = PackOne(stream, next, nextMethodLength(), blockLimit: int.MaxValue, out var bodyLines);
                methods.Add(span);
                next += span.Count;
                lines += bodyLines + MethodOverheadLines;
            }

            return methods;
        }

        /// <summary>Packs exactly the blocks <c>[0, <paramref name="blockCount"/>)</c> into methods of about <paramref name="methodLength"/> lines.</summary>
        public static IReadOnlyList<MethodSpan> PackBlocks(BlockStream stream, int blockCount, int methodLength)
        {
            var methods = new List<MethodSpan>();
            var next = 0;
            while (next < blockCount)
            {
                var span = PackOne(stream, next, methodLength, blockCount, out _);
                methods.Add(span);
                next += span.Count;
            }

            return methods;
        }

        public static int BlockCount(IReadOnlyList<MethodSpan> methods) =>
            methods.Count == 0 ? 0 : methods[methods.Count - 1].First + methods[methods.Count - 1].Count;

        /// <summary>Takes at least one block, then more while the body stays within <paramref name="length"/> lines.</summary>
        private static MethodSpan PackOne(BlockStream stream, int first, int length, int blockLimit, out int bodyLines)
        {
            var next = first;
            bodyLines = 0;
            do
            {
                bodyLines += stream[next].Annotated.Count;
                next++;
            }
            while (next < blockLimit && bodyLines + stream[next].Annotated.Count <= length);

            return new MethodSpan(first, next - first);
        }
    }
}
