using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>What a <c>return</c> hands back: the value (0 when it names none, such as a constant) and the returned operation.</summary>
    internal sealed record ReturnedValue(int Value, IOperation Site);
}
