namespace RefOrder.Benchmarks.Generator
{
    /// <summary>A reference the generated code holds, as a dialect wrote it.</summary>
    /// <param name="Target">The object referenced: what the surrounding code reads and passes on.</param>
    /// <param name="Lease">In the twin, the local holding the <c>IDisposable</c> that stands for the reference.</param>
    /// <param name="Succeeded">True when a try-acquisition got its reference.</param>
    /// <param name="Failed">True when a try-acquisition failed.</param>
    internal sealed record HeldRef(string Target, string? Lease = null, string Succeeded = "true", string Failed = "false");
}
