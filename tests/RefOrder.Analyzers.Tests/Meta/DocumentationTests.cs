using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Rules;

namespace RefOrder.Analyzers.Tests.Meta
{
    /// <summary>
    /// Keeps descriptors, rule pages and release tracking in step: every descriptor (declared in
    /// <see cref="Descriptors"/> or supported by an analyzer) has its page with the same title, a help link to
    /// that page and a release-tracking row with the same severity and category; every page has a descriptor.
    /// </summary>
    public sealed class DocumentationTests
    {
        private const string RulesIndexName = "README.md";

        public static TheoryData<string> DescriptorFieldNames()
        {
            var data = new TheoryData<string>();
            foreach (var field in AnalyzerCatalog.DescriptorFields())
            {
                data.Add(field.Name);
            }

            return data;
        }

        [Fact]
        public void Descriptors_declares_descriptors()
        {
            Assert.NotEmpty(AnalyzerCatalog.DescriptorFields());
        }

        [Fact]
        public void Each_descriptor_field_has_its_own_id()
        {
            var shared = AnalyzerCatalog.DescriptorFields()
                .GroupBy(field => AnalyzerCatalog.Descriptor(field).Id)
                .Where(group => group.Count() > 1)
                .Select(group => $"{group.Key}: {string.Join(", ", group.Select(field => field.Name))}");

            Assert.Empty(shared);
        }

        [Theory]
        [MemberData(nameof(DescriptorFieldNames))]
        public void Declared_descriptor_is_documented_and_tracked(string fieldName)
        {
            AssertDocumentedAndTracked(AnalyzerCatalog.DescriptorField(fieldName));
        }

        /// <summary>Analyzers may be few or none while the rules are being written; the check covers whatever exists.</summary>
        [Fact]
        public void Every_descriptor_an_analyzer_supports_is_documented_and_tracked()
        {
            foreach (var analyzer in AnalyzerCatalog.Analyzers())
            {
                foreach (var descriptor in analyzer.SupportedDiagnostics)
                {
                    AssertDocumentedAndTracked(descriptor, $"supported by {analyzer.GetType().Name}");
                }
            }
        }

        [Fact]
        public void Every_rule_page_belongs_to_a_descriptor()
        {
            var known = new HashSet<string>(AnalyzerCatalog.AllDescriptors().Select(d => d.Id), StringComparer.Ordinal);
            var orphans = Directory.EnumerateFiles(RepositoryFiles.RulesFolder, "*.md")
                .Select(Path.GetFileName)
                .Where(name => name != RulesIndexName)
                .Where(name => !known.Contains(Path.GetFileNameWithoutExtension(name)!))
                .OrderBy(name => name, StringComparer.Ordinal);

            Assert.Empty(orphans);
        }

        [Theory]
        [MemberData(nameof(DescriptorFieldNames))]
        public void Rules_index_lists_the_descriptor_with_title_and_severity(string fieldName)
        {
            var descriptor = AnalyzerCatalog.DescriptorField(fieldName);
            var index = File.ReadAllLines(Path.Combine(RepositoryFiles.RulesFolder, RulesIndexName));
            var expectedRow = $"| [{descriptor.Id}]({descriptor.Id}.md) | {Title(descriptor)} | {descriptor.DefaultSeverity} |";

            Assert.Contains(index, line => line.StartsWith(expectedRow, StringComparison.Ordinal));
        }

        private static void AssertDocumentedAndTracked(DiagnosticDescriptor descriptor, string context = "declared in Descriptors")
        {
            var id = descriptor.Id;
            var page = RepositoryFiles.RulePage(id);
            Assert.True(File.Exists(page), $"{id} ({context}) has no page docs/rules/{id}.md");

            var firstLine = File.ReadLines(page).FirstOrDefault();
            Assert.Equal($"# {id}: {Title(descriptor)}", firstLine);

            Assert.Equal(DiagnosticIds.HelpLink(id), descriptor.HelpLinkUri);
            // Built from the repository's one address (Directory.Build.props), the package's too, so a link leads
            // where the pages are published, and this page is in the package's docs/ as well.
            Assert.Equal($"{RepositoryFiles.RepositoryUrl}/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);

            var tracked = ReleaseTracking.Read(RepositoryFiles.PathOf("src", "RefOrder.Analyzers"));
            Assert.True(tracked.TryGetValue(id, out var entry), $"{id} ({context}) is not listed in AnalyzerReleases.Shipped.md or AnalyzerReleases.Unshipped.md");
            Assert.Equal(descriptor.Category, entry!.Category);
            Assert.Equal(TrackedSeverity(descriptor), entry.Severity);
        }

        /// <summary>Release tracking writes a rule that is off by default as "Disabled", otherwise its default severity.</summary>
        private static string TrackedSeverity(DiagnosticDescriptor descriptor) =>
            descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";

        private static string Title(DiagnosticDescriptor descriptor) => descriptor.Title.ToString(CultureInfo.InvariantCulture);
    }
}
