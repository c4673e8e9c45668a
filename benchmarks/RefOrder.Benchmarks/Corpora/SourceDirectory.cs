using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RefOrder.Benchmarks.Corpora
{
    /// <summary>The C# sources under a directory as they are on disk, build output (bin/, obj/) left out.</summary>
    internal static class SourceDirectory
    {
        /// <summary>Every .cs file below <paramref name="directory"/>, its path given relative to <paramref name="relativeTo"/>, in a stable order.</summary>
        public static IEnumerable<SourceFile> Load(string directory, string relativeTo)
        {
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"No directory {directory} to read C# sources from.");
            }

            return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(Path.GetRelativePath(directory, path)))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new SourceFile(Path.GetRelativePath(relativeTo, path), File.ReadAllText(path)));
        }

        private static bool IsBuildOutput(string relativePath) =>
            relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
                .Any(part => part == "bin" || part == "obj");
    }
}
