namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets records and init-only setters compile for netstandard2.0, which predates this marker type. The
    /// compiler only needs the type to exist; nothing uses it at run time.
    /// </summary>
    internal static class IsExternalInit
    {
    }
}
