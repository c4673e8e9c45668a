using System;

namespace RefOrder.Benchmarks.Corpora
{
    /// <summary>One C# source of a corpus.</summary>
    /// <param name="Path">Where diagnostics point: a generated name, or the path below the repository root.</param>
    /// <param name="Text">The source text.</param>
    internal sealed record SourceFile(string Path, string Text)
    {
        public int LineCount
        {
            get
            {
                var newlines = Text.AsSpan().Count('\n');
                return Text.EndsWith('\n') ? newlines : newlines + 1;
            }
        }
    }
}
