using System.Collections.Generic;
using System.IO;
using System.Linq;
using RefOrder.Benchmarks.Generator;

namespace RefOrder.Benchmarks.Corpora
{
    /// <summary>
    /// The repository's own C# (src/, tests/, benchmarks/, samples/: about 28k lines) with RefOrder's
    /// attributes stripped: real code of a real size, as a project that does not use the annotations has
    /// it, while the annotations assembly stays referenced (RefOrder is installed, nothing is annotated).
    /// Which files compile together as one library is decided later (<see cref="Measure.CompilableSubset"/>).
    /// </summary>
    internal static class RepositorySources
    {
        private static readonly string[] Folders = { "src", "tests", "benchmarks", "samples" };

        /// <summary>The test projects' implicit using (<c>&lt;Using Include="Xunit" /&gt;</c>), which a csproj adds and no file has.</summary>
        private static readonly SourceFile TestUsings = new SourceFile("GlobalUsings.g.cs", "global using Xunit;\n");

        public static IReadOnlyList<SourceFile> Load()
        {
            var root = RepositoryRoot.Find();
            return Folders
                .SelectMany(folder => SourceDirectory.Load(Path.Combine(root, folder), root))
                .Select(AttributeStripper.StripRefOrder)
                .Append(TestUsings)
                .ToList();
        }
    }
}
