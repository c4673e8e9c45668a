namespace NfsdFileCache;

public sealed partial class NfsdFile
{
    /// <summary>nf_net.</summary>
    /// <remarks>
    /// Borrowed, as upstream. v2 8/9 pins the namespace only once the file reaches the delayed dispose (NET_HELD),
    /// which is not a property of the member: nothing makes nf_net live before that get_net().
    /// </remarks>
    public Net NfNet = null!;
}
