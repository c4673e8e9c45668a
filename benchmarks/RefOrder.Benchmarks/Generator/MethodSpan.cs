namespace RefOrder.Benchmarks.Generator
{
    /// <summary>The consecutive blocks <c>[First, First + Count)</c> of a stream that form one generated method.</summary>
    internal readonly record struct MethodSpan(int First, int Count);
}
