using System;

namespace RefOrder
{
    /// <summary>
    /// On return, the two access paths denote the same object (for example <c>"return.NfNet"</c> and
    /// <c>"net"</c>: the file returned belongs to the namespace passed in). Lets the analysis see that a
    /// guard reference the caller holds is the one guarding the object it gets back.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Delegate, AllowMultiple = true, Inherited = true)]
    public sealed class AliasesAttribute : Attribute
    {
        /// <summary>Declares that <paramref name="path"/> and <paramref name="other"/> denote one object after the call.</summary>
        public AliasesAttribute(string path, string other)
        {
            Path = path;
            Other = other;
        }

        /// <summary>The first access path (a parameter, <c>"this"</c>, <c>"return"</c>, or a member path rooted at one).</summary>
        public string Path { get; }

        /// <summary>The second access path.</summary>
        public string Other { get; }
    }
}
