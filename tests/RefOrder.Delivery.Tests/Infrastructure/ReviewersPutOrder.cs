using System.Collections.Generic;
using System.Linq;

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

        public const string GuardPut = "NfsdNetPut(net);";

        public static readonly IReadOnlyList<string> Statements = new[]
        {
            "Net net = nf.NfNet;",
            ObjectPut,
            "RcuReadLock();",
            GuardPut,
            "RcuReadUnlock();",
        };

        /// <summary>
        /// The user's own edit of v2's text: the line of the file put moved up, above the RCU bracket of the guard
        /// put. The result is the reviewer's order, as the fix would write it.
        /// </summary>
        public static string SwapByHand(string text)
        {
            var lines = text.Split('\n').ToList();
            var line = lines.Single(l => l.Trim() == ObjectPut);
            lines.Remove(line);
            lines.Insert(lines.FindIndex(l => l.Trim() == "RcuReadLock();"), line);
            return string.Join("\n", lines);
        }
    }
}
