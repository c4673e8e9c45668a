using System;

namespace RefOrder
{
    /// <summary>
    /// Instances of the type carry the named reference counts. With no name given the type has one
    /// counter, called <c>"ref"</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
    public sealed class RefCountedAttribute : Attribute
    {
        /// <summary>Declares the reference counts of the type (none: one counter named <c>"ref"</c>).</summary>
        public RefCountedAttribute(params string[] counters) => Counters = counters ?? new string[0];

        /// <summary>The declared counter names, in declaration order.</summary>
        public string[] Counters { get; }
    }
}
