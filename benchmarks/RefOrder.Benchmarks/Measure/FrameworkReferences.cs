using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// The Microsoft.NETCore.App.Ref reference assemblies of the running runtime's major.minor version, as
    /// the SDK would pass them to the compiler: <c>&lt;dotnet root&gt;/packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net&lt;major.minor&gt;</c>.
    /// The dotnet root is found from the running runtime, never assumed.
    /// </summary>
    internal static class FrameworkReferences
    {
        private const string PackName = "Microsoft.NETCore.App.Ref";

        public static string Directory { get; } = FindDirectory();

        public static ImmutableArray<MetadataReference> Load() =>
            System.IO.Directory.GetFiles(Directory, "*.dll")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();

        private static string FindDirectory()
        {
            var runtime = Environment.Version;
            var framework = $"net{runtime.Major}.{runtime.Minor}";
            var candidates = CandidateDotnetRoots()
                .Select(root => Path.Combine(root, "packs", PackName))
                .Where(System.IO.Directory.Exists)
                .SelectMany(System.IO.Directory.GetDirectories)
                .Select(directory => (directory, version: ParseVersion(Path.GetFileName(directory))))
                .Where(pack => pack.version is { } v && v.Major == runtime.Major && v.Minor == runtime.Minor)
                .Select(pack => (reference: Path.Combine(pack.directory, "ref", framework), pack.version))
                .Where(pack => System.IO.Directory.Exists(pack.reference))
                .OrderByDescending(pack => pack.version)
                .ToList();
            if (candidates.Count == 0)
            {
                throw new InvalidOperationException(
                    $"No {PackName} {runtime.Major}.{runtime.Minor}.x reference assemblies under {string.Join(", ", CandidateDotnetRoots())}; install the .NET {runtime.Major}.{runtime.Minor} SDK or set DOTNET_ROOT.");
            }

            return candidates[0].reference;
        }

        /// <summary>DOTNET_ROOT if set; the install the running runtime came from (…/shared/Microsoft.NETCore.App/&lt;version&gt;/); the host's folder.</summary>
        private static IEnumerable<string> CandidateDotnetRoots()
        {
            var roots = new List<string>();
            if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } configured)
            {
                roots.Add(configured);
            }

            var runtimeDirectory = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
            if (runtimeDirectory.Parent?.Parent?.Parent is { } installRoot)
            {
                roots.Add(installRoot.FullName);
            }

            if (Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet")
            {
                roots.Add(Path.GetDirectoryName(host)!);
            }

            return roots.Distinct(StringComparer.Ordinal);
        }

        private static Version? ParseVersion(string name)
        {
            // Preview packs are named like 10.0.0-rc.1.25451.107: compare on the numeric part.
            var numeric = name.Split('-')[0];
            return Version.TryParse(numeric, out var version) ? version : null;
        }
    }
}
