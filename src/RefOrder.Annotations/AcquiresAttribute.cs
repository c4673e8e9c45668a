using System;

namespace RefOrder
{
    /// <summary>
    /// On return the caller holds one more reference on <see cref="Target"/>. The target must be known
    /// live at the call: a pin is taken where liveness is guaranteed, never where it is hoped for.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Delegate, AllowMultiple = true, Inherited = true)]
    public sealed class AcquiresAttribute : Attribute
    {
        /// <summary>Declares that the method takes a reference on <paramref name="target"/>.</summary>
        /// <param name="target">A parameter name, <c>"this"</c>, <c>"return"</c>, or a member path rooted at one (<c>"nf.NfNet"</c>).</param>
        public AcquiresAttribute(string target) => Target = target;

        /// <summary>The parameter, <c>"this"</c>, <c>"return"</c> or member path that gains a reference.</summary>
        public string Target { get; }

        /// <summary>The counter taken; may be omitted when the target's type declares exactly one.</summary>
        public string? Counter { get; set; }
    }
}
