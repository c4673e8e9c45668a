using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace RefOrder.Delivery.Tests.Infrastructure
{
    /// <summary>The parts of a SARIF 2.1 log (the compiler's <c>-p:ErrorLog=…,version=2.1</c>) the tests read.</summary>
    internal sealed record SarifLog(string Version, IReadOnlyList<SarifResult> Results)
    {
        public static SarifLog Read(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var results = root.GetProperty("runs").EnumerateArray()
                .SelectMany(run => run.TryGetProperty("results", out var r) ? r.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Select(SarifResult.From)
                .ToList();
            return new SarifLog(root.GetProperty("version").GetString() ?? "", results);
        }
    }

    /// <summary>One result: its rule, level, primary location and related locations (the earlier events).</summary>
    internal sealed record SarifResult(string RuleId, string Level, SarifRegion Location, IReadOnlyList<SarifRegion> Related)
    {
        public static SarifResult From(JsonElement result) => new(
            result.GetProperty("ruleId").GetString() ?? "",
            result.TryGetProperty("level", out var level) ? level.GetString() ?? "" : "",
            SarifRegion.From(result.GetProperty("locations")[0]),
            result.TryGetProperty("relatedLocations", out var related) ? related.EnumerateArray().Select(SarifRegion.From).ToList() : Array.Empty<SarifRegion>());
    }

    /// <summary>A physical location: a file and a region of 1-based lines and columns, the end column exclusive.</summary>
    internal sealed record SarifRegion(string File, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static SarifRegion From(JsonElement location)
        {
            var physical = location.GetProperty("physicalLocation");
            var region = physical.GetProperty("region");
            return new SarifRegion(
                new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? "").LocalPath,
                region.GetProperty("startLine").GetInt32(),
                region.GetProperty("startColumn").GetInt32(),
                region.GetProperty("endLine").GetInt32(),
                region.GetProperty("endColumn").GetInt32());
        }

        /// <summary>"PatchV2/NfsdFilePutLocal.cs: NfsdNetPut(net)": the file relative to <paramref name="baseFolder"/> and the code covered.</summary>
        public string DescribeIn(string baseFolder) =>
            $"{Path.GetRelativePath(baseFolder, File).Replace('\\', '/')}: {SourceFile.Read(File).TextBetween(StartLine, StartColumn, EndLine, EndColumn)}";
    }
}
