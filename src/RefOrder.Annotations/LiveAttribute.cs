using System;

namespace RefOrder
{
    /// <summary>
    /// The argument is live for the whole call: the callee may rely on it, and the caller must pass a value
    /// known live at the call site. On a collection parameter, this applies to the elements.
    /// </summary>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
    public sealed class LiveAttribute : Attribute
    {
    }
}
