using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RefOrder.Analyzers.Tests.Meta;

namespace RefOrder.Analyzers.Tests.Tools
{
    /// <summary>
    /// A throw-away copy of parts of the repository (build settings, RefOrder's projects, the model) in a temporary
    /// folder, for tests that let <c>dotnet format</c> rewrite sources. Build outputs are not copied, so the copy
    /// builds from its own sources. Deleted on dispose unless <see cref="Keep"/> was called (for a failure's post-mortem).
    /// </summary>
    internal sealed class ScratchRepository : IDisposable
    {
        /// <summary>What every copy needs: the root build settings and RefOrder's own projects.</summary>
        private static readonly string[] BuildFiles = { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "nuget.config" };

        private static readonly HashSet<string> Skipped = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "TestResults", ".vs" };

        private bool _keep;

        private ScratchRepository(string root) => Root = root;

        public string Root { get; }

        /// <summary>Copies the build files plus <paramref name="folders"/> (paths relative to the repository root).</summary>
        public static ScratchRepository Create(params string[] folders)
        {
            string root = Path.Combine(Path.GetTempPath(), "reforder-scratch-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(root);
            foreach (var file in BuildFiles.Where(f => File.Exists(RepositoryFiles.PathOf(f))))
            {
                File.Copy(RepositoryFiles.PathOf(file), Path.Combine(root, file));
            }

            foreach (var folder in folders)
            {
                CopyFolder(RepositoryFiles.PathOf(folder), Path.Combine(root, folder));
            }

            return new ScratchRepository(root);
        }

        public string PathOf(string relative) => Path.Combine(Root, relative);

        /// <summary>The text of every C# file under <paramref name="folder"/>, by path relative to it.</summary>
        public Dictionary<string, string> Sources(string folder)
        {
            string full = PathOf(folder);
            return Directory.EnumerateFiles(full, "*.cs", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(full, f).Split(Path.DirectorySeparatorChar).Any(Skipped.Contains))
                .ToDictionary(f => Path.GetRelativePath(full, f).Replace('\\', '/'), File.ReadAllText);
        }

        /// <summary>Leaves the copy on disk after the test, and says where.</summary>
        public string Keep()
        {
            _keep = true;
            return $"(the scratch copy is kept at {Root})";
        }

        public void Dispose()
        {
            if (!_keep)
            {
                try
                {
                    Directory.Delete(Root, recursive: true);
                }
                catch (IOException)
                {
                    // A build server may still hold a file for a moment; the temp folder is the OS's to clean.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        private static void CopyFolder(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.EnumerateFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (var folder in Directory.EnumerateDirectories(from).Where(d => !Skipped.Contains(Path.GetFileName(d))))
            {
                CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
            }
        }
    }
}
