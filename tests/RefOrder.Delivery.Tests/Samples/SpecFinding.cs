using System;
using System.Collections.Generic;

namespace RefOrder.Delivery.Tests.Samples
{
    /// <summary>
    /// One diagnostic SPEC's model table expects: the rule, where it is (file under samples/NfsdFileCache and the
    /// method), the code it covers, and the related event it carries as its additional location (the earlier put for
    /// RO0002's site, the object's later put for RO0001's guard put).
    /// </summary>
    internal sealed record SpecFinding(string Id, string File, string Method, string Text, string RelatedFile, string RelatedText)
    {
        public static readonly IReadOnlyList<string> Variants = new[] { "Mainline", "PatchV2", "Reviewed", "LockBarrier" };

        /// <summary>SPEC, "The model": the expected diagnostics of a variant (none for the fixed ones).</summary>
        public static IReadOnlyList<SpecFinding> For(string variant) => variant switch
        {
            // The dangling nf_net the series set out to fix; the related location is the borrowed member.
            "Mainline" => new[]
            {
                new SpecFinding("RO0004", "Mainline/NfsdFileDisposeListDelayed.cs", "NfsdFileDisposeListDelayed", "nf.NfNet",
                    "Mainline/NfsdFile.NfNet.cs", "NfNet"),
            },
            // The review's two findings: the guard put before the object put, and the pin at the consuming end.
            "PatchV2" => new[]
            {
                new SpecFinding("RO0001", "PatchV2/NfsdFilePutLocal.cs", "NfsdFilePutLocal", "NfsdNetPut(net)",
                    "PatchV2/NfsdFilePutLocal.cs", "NfsdFilePut(nf)"),
                new SpecFinding("RO0002", "PatchV2/NfsdFileDisposeListDelayed.cs", "NfsdFileDisposeListDelayed", "GetNet(nf.NfNet)",
                    "Shared/NetBorrowed/NfsdFileAlloc.cs", "nf.NfNet = net"),
            },
            "Reviewed" or "LockBarrier" => Array.Empty<SpecFinding>(),
            _ => throw new ArgumentException($"'{variant}' is not a variant of the model", nameof(variant)),
        };

        /// <summary>"RO0001 in PatchV2/NfsdFilePutLocal.cs, NfsdFilePutLocal": what the build-level tests compare.</summary>
        public string Where => $"{Id} in {File}, {Method}";
    }
}
