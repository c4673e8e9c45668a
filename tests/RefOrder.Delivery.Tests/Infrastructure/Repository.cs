using System;
using System.IO;

namespace RefOrder.Delivery.Tests.Infrastructure
{
    /// <summary>
    /// The clone the tests run from. Its root is the folder above the test binaries that holds the solution, so
    /// the tests work from any clone and name no machine path.
    /// </summary>
    internal static class Repository
    {
        public const string SolutionFileName = "RefOrderAnalyzers.sln";

        public static string Root { get; } = FindRoot();

        public static string Solution => PathOf(SolutionFileName);

        /// <summary>samples/NfsdFileCache: the nfsd model's variants and their severity configuration.</summary>
        public static string ModelRoot => PathOf("samples", "NfsdFileCache");

        public static string PathOf(params string[] relativeParts) => Path.Combine(Root, Path.Combine(relativeParts));

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
