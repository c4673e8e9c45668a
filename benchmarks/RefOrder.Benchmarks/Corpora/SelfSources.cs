using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace RefOrder.Benchmarks.Corpora
{
    /// <summary>
    /// The benchmark project's own C# sources as they are on disk: real, unannotated code that compiles
    /// against Roslyn. Linked files (<c>&lt;Compile Include&gt;</c> in the project) are part of it.
    /// </summary>
    internal static class SelfSources
    {
        private const string ProjectDirectory = "benchmarks/RefOrder.Benchmarks";
        private const string ProjectFile = "RefOrder.Benchmarks.csproj";

        public static IReadOnlyList<SourceFile> Load()
        {
            var root = RepositoryRoot.Find();
            var project = Path.Combine(root, ProjectDirectory);
            var paths = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(Path.GetRelativePath(project, path)))
                .Concat(LinkedFiles(project))
                .Select(Path.GetFullPath)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(path => path, StringComparer.Ordinal);
            return paths
                .Select(path => new SourceFile(Path.GetRelativePath(root, path), File.ReadAllText(path)))
                .ToList();
        }

        private static bool IsBuildOutput(string relativePath)
        {
            var top = relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
            return top == "bin" || top == "obj";
        }

        private static IEnumerable<string> LinkedFiles(string project) =>
            XDocument.Load(Path.Combine(project, ProjectFile))
                .Descendants("Compile")
                .Select(item => (string?)item.Attribute("Include"))
                .OfType<string>()
                .Select(include => Path.Combine(project, include.Replace('\\', Path.DirectorySeparatorChar)));
    }
}
