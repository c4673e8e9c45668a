namespace NfsdFileCache
{
    internal static class Placeholder
    {
    }
}
