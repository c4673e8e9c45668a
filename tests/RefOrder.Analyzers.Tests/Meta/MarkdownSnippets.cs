using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace RefOrder.Analyzers.Tests.Meta
{
    /// <summary>A fenced C# block of a documentation page, with the heading it sits under.</summary>
    /// <param name="Kind">
    /// The word after <c>csharp</c> on the fence: empty for an example compiled with the examples' vocabulary,
    /// <c>vocabulary</c> for that vocabulary itself, <c>standalone</c> for a whole file compiled on its own,
    /// <c>fragment</c> for a piece of code that is shown but not compiled.
    /// </param>
    internal sealed record Snippet(string Page, int Line, string Section, string Kind, string Code)
    {
        public const string Vocabulary = "vocabulary";
        public const string Standalone = "standalone";
        public const string Fragment = "fragment";

        public bool IsNonCompliantExample => Section.StartsWith("Non-compliant", StringComparison.OrdinalIgnoreCase);

        public override string ToString() => $"{Page} line {Line} ({Section})";
    }

    /// <summary>Reads the <c>```csharp</c> blocks of a markdown page; blocks in other languages are skipped.</summary>
    internal static class MarkdownSnippets
    {
        public static IReadOnlyList<Snippet> Read(string path, string pageName)
        {
            var snippets = new List<Snippet>();
            var section = "";
            var inBlock = false;
            string? kind = null; // null inside a block of another language
            var startLine = 0;
            var code = new StringBuilder();
            var lineNumber = 0;

            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                var trimmed = line.TrimStart();
                var isFence = trimmed.StartsWith("```", StringComparison.Ordinal);

                if (inBlock && isFence)
                {
                    if (kind != null)
                    {
                        snippets.Add(new Snippet(pageName, startLine, section, kind, code.ToString()));
                    }

                    inBlock = false;
                    code.Clear();
                }
                else if (inBlock)
                {
                    code.AppendLine(line);
                }
                else if (isFence)
                {
                    var info = trimmed.Substring(3).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    inBlock = true;
                    kind = info.Length > 0 && info[0] == "csharp" ? (info.Length > 1 ? info[1] : "") : null;
                    startLine = lineNumber;
                }
                else if (trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    section = trimmed.TrimStart('#').Trim();
                }
            }

            return snippets;
        }
    }
}
