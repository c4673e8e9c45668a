using System;
using System.IO;
using System.Threading.Tasks;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Package
{
    /// <summary>
    /// The RefOrder package, packed from this clone with a version no other build has used, into a folder that
    /// serves as a local NuGet feed.
    /// </summary>
    public sealed class PackedRefOrder : IAsyncLifetime
    {
        private readonly TemporaryFolder _folder = new("package");

        /// <summary>Unique per run, so no NuGet cache can hold another package under the same id and version.</summary>
        public string Version { get; } = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];

        public string Feed => _folder.PathOf("feed");

        public string PackagePath => Path.Combine(Feed, $"RefOrder.{Version}.nupkg");

        public async Task InitializeAsync()
        {
            var pack = await DotnetCli.RunAsync(Repository.Root, new[]
            {
                "pack", Repository.PathOf("src", "RefOrder.Package", "RefOrder.Package.csproj"),
                "-p:PackageVersion=" + Version,
                "-o", Feed,
                // Restore and build outside the clone: its obj/ and bin/ folders belong to the builds of the
                // solution, which may be running while the tests do.
                "--artifacts-path", _folder.PathOf("artifacts"),
                "-nologo", "-v:q", "-tl:off",
            });
            if (!pack.Succeeded || !File.Exists(PackagePath))
            {
                throw new InvalidOperationException($"dotnet pack did not produce {PackagePath}: {pack.Transcript}");
            }
        }

        public Task DisposeAsync()
        {
            _folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
