using System;

namespace RefOrder
{
    /// <summary>The method acquires the named lock; it is held when the call returns.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Delegate, AllowMultiple = true, Inherited = true)]
    public sealed class LocksAttribute : Attribute
    {
        /// <summary>Names the lock.</summary>
        public LocksAttribute(string @lock) => Lock = @lock;

        /// <summary>The name of the lock.</summary>
        public string Lock { get; }
    }
}
