using System;
using System.IO;

namespace RefOrder.Benchmarks.Corpora
{
    /// <summary>The repository checkout the benchmark was built from, found by walking up to the solution file.</summary>
    internal static class RepositoryRoot
    {
        private const string SolutionFile = "RefOrderAnalyzers.sln";

        public static string Find()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException(
                $"No {SolutionFile} above {AppContext.BaseDirectory}; run the benchmark from its build output inside the repository.");
        }
    }
}
