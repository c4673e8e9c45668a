using System;

namespace RefOrder
{
    /// <summary>
    /// The member's value is live while the named lock is held: teardown takes the same lock, so it cannot
    /// run in between (the lock-barrier protocol of nfsd's v4 fix).
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class LiveUnderLockAttribute : Attribute
    {
        /// <summary>Declares the lock under which the member's value is live.</summary>
        public LiveUnderLockAttribute(string @lock) => Lock = @lock;

        /// <summary>The name of the lock.</summary>
        public string Lock { get; }
    }
}
