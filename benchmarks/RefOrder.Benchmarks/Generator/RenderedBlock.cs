using System.Collections.Generic;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>One block as method-body lines, in the annotated dialect and in the IDisposable twin, with the bugs it carries.</summary>
    internal sealed record RenderedBlock(IReadOnlyList<string> Annotated, IReadOnlyList<string> Twin, BugTally Bugs);
}
