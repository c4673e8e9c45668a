using System;

namespace RefOrder
{
    /// <summary>
    /// Like <see cref="AcquiresAttribute"/>, but only on success (<c>true</c> or a non-null return).
    /// Allowed where the target is not known live, as <c>refcount_inc_not_zero</c> and <c>maybe_get_net</c> are.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Delegate, AllowMultiple = true, Inherited = true)]
    public sealed class TryAcquiresAttribute : Attribute
    {
        /// <summary>Declares that the method may take a reference on <paramref name="target"/>, reporting success in its return value.</summary>
        /// <param name="target">A parameter name, <c>"this"</c>, <c>"return"</c>, or a member path rooted at one.</param>
        public TryAcquiresAttribute(string target) => Target = target;

        /// <summary>The parameter, <c>"this"</c>, <c>"return"</c> or member path that gains a reference on success.</summary>
        public string Target { get; }

        /// <summary>The counter taken; may be omitted when the target's type declares exactly one.</summary>
        public string? Counter { get; set; }
    }
}
