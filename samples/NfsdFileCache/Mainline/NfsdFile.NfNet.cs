namespace NfsdFileCache;

public sealed partial class NfsdFile
{
    /// <summary>nf_net: borrowed. The file holds no reference on its namespace (R4).</summary>
    public Net NfNet = null!;
}
