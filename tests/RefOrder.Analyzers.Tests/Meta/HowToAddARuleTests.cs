using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace RefOrder.Analyzers.Tests.Meta
{
    /// <summary>
    /// Keeps the "How to add a rule" section of docs/engine.md honest: every path it names exists, and every rule the
    /// analyzers ship has each per-rule file it lists under the rule's name stem and ID (the code-fix pair where a
    /// fix exists).
    /// </summary>
    public class HowToAddARuleTests
    {
        private static readonly Regex PathPattern = new Regex("`((?:src|docs|tests)/[^`]+)`", RegexOptions.Compiled);

        [Fact]
        public void EveryFixedPathTheSectionNamesExists()
        {
            var missing = SectionPaths().Where(p => !p.Contains('{', StringComparison.Ordinal) && !File.Exists(RepositoryFiles.PathOf(p))).ToList();
            Assert.True(missing.Count == 0, "named in docs/engine.md#how-to-add-a-rule but missing: " + string.Join(", ", missing));
        }

        [Fact]
        public void EveryShippedRuleHasThePerRuleFiles()
        {
            var templates = SectionPaths().Where(p => p.Contains('{', StringComparison.Ordinal)).ToList();
            Assert.Contains(templates, t => t.Contains("{Stem}Analyzer.cs", StringComparison.Ordinal));
            var missing = new List<string>();
            foreach (var analyzer in AnalyzerCatalog.Analyzers())
            {
                string stem = analyzer.GetType().Name.Replace("Analyzer", "", StringComparison.Ordinal);
                string id = Assert.Single(analyzer.SupportedDiagnostics).Id;
                bool hasFix = File.Exists(RepositoryFiles.PathOf("src", "RefOrder.CodeFixes", stem + "CodeFix.cs"));
                foreach (var template in templates)
                {
                    if (template.Contains("CodeFix", StringComparison.Ordinal) && !hasFix)
                    {
                        continue; // a fix only where one is mechanical, but then with its tests
                    }

                    var path = template.Replace("{Stem}", stem, StringComparison.Ordinal).Replace("{Id}", id, StringComparison.Ordinal);
                    if (!File.Exists(RepositoryFiles.PathOf(path)))
                    {
                        missing.Add($"{id} ({stem}): {path}");
                    }
                }
            }

            Assert.True(missing.Count == 0, "rules without the files docs/engine.md#how-to-add-a-rule lists:\n" + string.Join("\n", missing));
        }

        private static IReadOnlyList<string> SectionPaths()
        {
            var text = File.ReadAllText(RepositoryFiles.PathOf("docs", "engine.md"));
            int start = text.IndexOf("## How to add a rule", StringComparison.Ordinal);
            Assert.True(start >= 0, "docs/engine.md has no 'How to add a rule' section");
            int end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var section = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            return PathPattern.Matches(section).Select(m => m.Groups[1].Value).Distinct().ToList();
        }
    }
}
