using System;

namespace RefOrder
{
    /// <summary>The method releases the named lock; it is no longer held when the call returns.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Delegate, AllowMultiple = true, Inherited = true)]
    public sealed class UnlocksAttribute : Attribute
    {
        /// <summary>Names the lock.</summary>
        public UnlocksAttribute(string @lock) => Lock = @lock;

        /// <summary>The name of the lock.</summary>
        public string Lock { get; }
    }
}
