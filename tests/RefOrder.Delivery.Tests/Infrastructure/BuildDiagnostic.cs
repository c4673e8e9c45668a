using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace RefOrder.Delivery.Tests.Infrastructure
{
    /// <summary>
    /// One diagnostic line of MSBuild's console output, such as
    /// <c>/path/File.cs(25,13,25,28): error RO0001: message (help link) [/path/Project.csproj]</c> (the end position
    /// only with <c>-p:ErrorEndLocation=true</c>), or one from a tool (<c>CSC : error CS2001: …</c>,
    /// <c>…targets(226,5): error NU5128: …</c>).
    /// </summary>
    public sealed record BuildDiagnostic(string Origin, int Line, int Column, int EndLine, int EndColumn, string Severity, string Id, string Message)
    {
        private static readonly Regex Pattern = new(
            @"^\s*(?<origin>.*?)(?:\((?<line>\d+),(?<column>\d+)(?:,(?<endLine>\d+),(?<endColumn>\d+))?\))?\s*:\s*(?<severity>error|warning)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]*\])?\s*$",
            RegexOptions.Compiled);

        public bool IsRefOrder => Id.StartsWith("RO", StringComparison.Ordinal);

        public bool IsError => Severity == "error";

        public bool HasEndPosition => EndLine > 0;

        /// <summary>Every diagnostic line, once each (MSBuild repeats them in its summary).</summary>
        public static IReadOnlyList<BuildDiagnostic> ParseAll(IEnumerable<string> output) =>
            output.Distinct(StringComparer.Ordinal).Select(TryParse).OfType<BuildDiagnostic>().Distinct().ToList();

        private static BuildDiagnostic? TryParse(string line)
        {
            var match = Pattern.Match(line);
            if (!match.Success)
            {
                return null;
            }

            return new BuildDiagnostic(
                match.Groups["origin"].Value.Trim(),
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
                match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : 0,
                match.Groups["endLine"].Success ? int.Parse(match.Groups["endLine"].Value) : 0,
                match.Groups["endColumn"].Success ? int.Parse(match.Groups["endColumn"].Value) : 0,
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value);
        }

        /// <summary>
        /// What a reader checks, as "error RO0001 in PatchV2/NfsdFilePutLocal.cs, NfsdFilePutLocal: NfsdNetPut(net)":
        /// the file relative to <paramref name="baseFolder"/>, the method, and the code covered (with an end position).
        /// </summary>
        public string DescribeIn(string baseFolder)
        {
            if (Line == 0 || !File.Exists(Origin))
            {
                return $"{Severity} {Id} from {Origin}: {Message}";
            }

            var source = SourceFile.Read(Origin);
            var relative = Path.GetRelativePath(baseFolder, Origin).Replace('\\', '/');
            var code = HasEndPosition ? source.TextBetween(Line, Column, EndLine, EndColumn) : $"line {Line}";
            return $"{Severity} {Id} in {relative}, {source.MemberAt(source.PositionOf(Line, Column))}: {code}";
        }

        public override string ToString() => $"{Origin}({Line},{Column},{EndLine},{EndColumn}): {Severity} {Id}: {Message}";
    }
}
