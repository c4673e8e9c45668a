using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace RefOrder.Analyzers.Tests.Meta
{
    /// <summary>
    /// docs/annotations.md has a section for every attribute and every static method of RefOrder.Annotations,
    /// so the page grows with the vocabulary.
    /// </summary>
    public sealed class AnnotationsDocumentationTests
    {
        private static readonly Assembly Annotations = typeof(LiveAttribute).Assembly;

        public static TheoryData<string> VocabularyNames()
        {
            var data = new TheoryData<string>();
            foreach (var type in Annotations.GetExportedTypes().OrderBy(type => type.Name, StringComparer.Ordinal))
            {
                if (typeof(Attribute).IsAssignableFrom(type))
                {
                    data.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length));
                }
                else
                {
                    foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
                    {
                        data.Add($"{type.Name}.{method.Name}");
                    }
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(VocabularyNames))]
        public void Annotations_page_has_a_section_for(string name)
        {
            var headings = File.ReadLines(RepositoryFiles.PathOf("docs", "annotations.md"))
                .Where(line => line.StartsWith("## ", StringComparison.Ordinal));

            // An attribute's heading shows it as written on code, "[Name]" or "[Name(…)]"; a method's as "Type.Method(".
            Assert.Contains(headings, heading =>
                heading.Contains($"[{name}]", StringComparison.Ordinal)
                || heading.Contains($"[{name}(", StringComparison.Ordinal)
                || heading.Contains($"`{name}(", StringComparison.Ordinal));
        }
    }
}
