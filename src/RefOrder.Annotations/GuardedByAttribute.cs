using System;

namespace RefOrder
{
    /// <summary>
    /// The reference count <see cref="Counter"/> of the object in <see cref="Member"/> guards this object's
    /// teardown: a holder releases its reference on this object before its reference on the guard, and does
    /// not touch this object once the guard reference is gone.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = true)]
    public sealed class GuardedByAttribute : Attribute
    {
        /// <summary>Declares that the object in <paramref name="member"/> guards instances of this type.</summary>
        /// <param name="member">A field or property of this type holding the guard object.</param>
        public GuardedByAttribute(string member) => Member = member;

        /// <summary>The field or property that holds the guard.</summary>
        public string Member { get; }

        /// <summary>The guard's counter whose drain holds off teardown; may be omitted when the guard type declares exactly one.</summary>
        public string? Counter { get; set; }
    }
}
