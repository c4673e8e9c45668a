using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Package
{
    /// <summary>
    /// `dotnet pack` makes one RefOrder package: the annotations to compile against, the analyzers and code fixes for
    /// the compiler and the IDE, the opt-in preset, the README and the docs, and no dependency on anything else.
    /// </summary>
    [Collection(PackageCollection.Name)]
    [Trait("Category", "Slow")]
    public class PackageContentsTests
    {
        private readonly PackedRefOrder _package;

        public PackageContentsTests(PackedRefOrder package) => _package = package;

        [Fact]
        public void PackageHoldsTheAnnotationsTheAnalyzersTheFixesThePresetTheReadmeAndTheDocs()
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);

            // NuGet's own bookkeeping (_rels/, package/, [Content_Types].xml, the nuspec) aside.
            var content = archive.Entries.Select(e => e.FullName)
                .Where(name => !name.StartsWith("_rels/") && !name.StartsWith("package/") && name != "[Content_Types].xml" && name != "RefOrder.nuspec")
                .OrderBy(name => name, System.StringComparer.Ordinal);
            // Every page of the repository's docs/, so that the help links' pages travel with the package.
            var docs = Directory.EnumerateFiles(Repository.PathOf("docs"), "*.md", SearchOption.AllDirectories)
                .Select(page => "docs/" + Path.GetRelativePath(Repository.PathOf("docs"), page).Replace('\\', '/'));
            Assert.Equal(
                new[]
                {
                    "README.md",
                    "analyzers/dotnet/cs/RefOrder.Analyzers.dll",
                    "analyzers/dotnet/cs/RefOrder.CodeFixes.dll",
                    "buildTransitive/RefOrder.globalconfig",
                    "buildTransitive/RefOrder.targets",
                    "lib/netstandard2.0/RefOrder.Annotations.dll",
                    "lib/netstandard2.0/RefOrder.Annotations.xml",
                }.Concat(docs).OrderBy(name => name, System.StringComparer.Ordinal),
                content);
        }

        [Fact]
        public void NuspecDeclaresLicenseReadmeTagsAndNoDependencies()
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            using var stream = archive.GetEntry("RefOrder.nuspec")!.Open();
            var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

            Assert.Equal("RefOrder", Value("id"));
            Assert.Equal(_package.Version, Value("version"));
            var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
            Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
            Assert.Equal("README.md", Value("readme"));
            // The one address of Directory.Build.props, which the help links are built from too.
            var repositoryUrl = XDocument.Load(Repository.PathOf("Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;
            Assert.Equal(repositoryUrl, Value("projectUrl"));
            Assert.Equal(repositoryUrl, (string?)metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url"));
            Assert.Superset(new[] { "roslyn", "analyzer", "codefix" }.ToHashSet(), Value("tags").Split(' ').ToHashSet());
            Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        }
    }
}
