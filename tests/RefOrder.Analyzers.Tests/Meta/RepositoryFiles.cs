using System;
using System.IO;
using System.Linq;

namespace RefOrder.Analyzers.Tests.Meta
{
    /// <summary>
    /// Files of the repository the tests run from. The root is found by walking up from the test binaries to
    /// the folder holding the solution, so the tests work from any clone and never use a machine path.
    /// </summary>
    internal static class RepositoryFiles
    {
        private const string SolutionFileName = "RefOrderAnalyzers.sln";

        public static string Root { get; } = FindRoot();

        public static string RulesFolder => Path.Combine(Root, "docs", "rules");

        /// <summary>The rule page of <paramref name="id"/>, as the help link names it: <c>docs/rules/{id}.md</c>.</summary>
        public static string RulePage(string id) => Path.Combine(RulesFolder, id + ".md");

        public static string PathOf(params string[] relativeParts) => Path.Combine(Root, Path.Combine(relativeParts));

        /// <summary>The repository's one public address, <c>RepositoryUrl</c> in Directory.Build.props.</summary>
        public static string RepositoryUrl =>
            System.Xml.Linq.XDocument.Load(PathOf("Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;

        private static string FindRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException(
                $"No folder above '{AppContext.BaseDirectory}' holds {SolutionFileName}; the tests must run from a clone of the repository.");
        }
    }
}
