using System;

namespace RefOrder
{
    /// <summary>
    /// The caller's reference on <see cref="Target"/> is dropped by the call; the object may be gone
    /// afterwards, so the caller must not touch it again.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Delegate, AllowMultiple = true, Inherited = true)]
    public sealed class ReleasesAttribute : Attribute
    {
        /// <summary>Declares that the method drops a reference on <paramref name="target"/>.</summary>
        /// <param name="target">A parameter name, <c>"this"</c>, or a member path rooted at one (<c>"pnf.NfNet"</c>).</param>
        public ReleasesAttribute(string target) => Target = target;

        /// <summary>The parameter, <c>"this"</c> or member path whose reference is dropped.</summary>
        public string Target { get; }

        /// <summary>The counter dropped; may be omitted when the target's type declares exactly one.</summary>
        public string? Counter { get; set; }
    }
}
