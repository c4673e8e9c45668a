using System;

namespace RefOrder
{
    /// <summary>The caller must hold the named lock (<c>lockdep_assert_held</c>, <c>__must_hold</c>); the body may rely on it.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Delegate, AllowMultiple = true, Inherited = true)]
    public sealed class RequiresLockAttribute : Attribute
    {
        /// <summary>Names the lock.</summary>
        public RequiresLockAttribute(string @lock) => Lock = @lock;

        /// <summary>The name of the lock.</summary>
        public string Lock { get; }
    }
}
