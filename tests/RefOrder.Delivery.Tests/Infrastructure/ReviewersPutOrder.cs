using System.Collections.Generic;

namespace RefOrder.Delivery.Tests.Infrastructure
{
    /// <summary>
    /// SPEC, "Code fixes": what the RO0001 fix must make of v2's nfsd_file_put_local, the reviewer's order. The
    /// namespace pointer is saved first, the file is put, and the guard is put last, inside its RCU bracket.
    /// </summary>
    internal static class ReviewersPutOrder
    {
        public const string Method = "NfsdFilePutLocal";

        public const string ObjectPut = "NfsdFilePut(nf);";

        public static readonly IReadOnlyList<string> Statements = new[]
        {
            "Net net = nf.NfNet;",
            ObjectPut,
            "RcuReadLock();",
            "NfsdNetPut(net);",
            "RcuReadUnlock();",
        };
    }
}
