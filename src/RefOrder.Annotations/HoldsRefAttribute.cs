using System;

namespace RefOrder
{
    /// <summary>
    /// The member holds a counted reference on its value: while the holder is live, so is the value.
    /// On a collection-typed member this applies to the elements.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class HoldsRefAttribute : Attribute
    {
        /// <summary>The counter held; may be omitted when the value's type declares exactly one.</summary>
        public string? Counter { get; set; }
    }
}
