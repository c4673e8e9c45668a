using System;
using System.Collections.Generic;
using System.IO;

namespace RefOrder.Analyzers.Tests.Meta
{
    /// <summary>
    /// Reads the rule tables of AnalyzerReleases.Shipped.md and AnalyzerReleases.Unshipped.md: for each rule ID,
    /// the category and severity of its latest entry (Shipped releases in order, then Unshipped).
    /// </summary>
    internal static class ReleaseTracking
    {
        public sealed record Entry(string Id, string Category, string Severity, string File);

        public static IReadOnlyDictionary<string, Entry> Read(string analyzerProjectFolder)
        {
            var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            foreach (var name in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
            {
                var path = Path.Combine(analyzerProjectFolder, name);
                if (File.Exists(path))
                {
                    ReadInto(entries, path, name);
                }
            }

            return entries;
        }

        private static void ReadInto(Dictionary<string, Entry> entries, string path, string name)
        {
            // "### New Rules" and "### Changed Rules" rows start with ID | category | severity (for changed
            // rules: the new ones); "### Removed Rules" rows take the rule out.
            var section = "";
            foreach (var rawLine in File.ReadLines(path))
            {
                var line = rawLine.Trim();
                if (line.StartsWith("#", StringComparison.Ordinal))
                {
                    section = line.TrimStart('#').Trim();
                    continue;
                }

                var cells = line.Split('|');
                if (cells.Length < 3 || !IsRuleId(cells[0].Trim()))
                {
                    continue;
                }

                var id = cells[0].Trim();
                if (section.StartsWith("Removed", StringComparison.OrdinalIgnoreCase))
                {
                    entries.Remove(id);
                }
                else
                {
                    entries[id] = new Entry(id, cells[1].Trim(), cells[2].Trim(), name);
                }
            }
        }

        private static bool IsRuleId(string cell) =>
            cell.Length > 2 && char.IsLetter(cell[0]) && char.IsDigit(cell[cell.Length - 1]) && !cell.Contains(' ');
    }
}
