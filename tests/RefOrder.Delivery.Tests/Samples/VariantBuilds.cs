using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Samples
{
    /// <summary>
    /// Builds each model variant once from the command line, as a user would, and keeps the result for every test
    /// that reads it (the build-time errors and the SARIF log come from the same build).
    /// </summary>
    public sealed class VariantBuilds : IDisposable
    {
        private readonly TemporaryFolder _logs = new("sarif");
        private readonly ConcurrentDictionary<string, Lazy<Task<VariantBuild>>> _builds = new();

        public Task<VariantBuild> BuildAsync(string variant) =>
            _builds.GetOrAdd(variant, v => new Lazy<Task<VariantBuild>>(() => RunAsync(v))).Value;

        public void Dispose() => _logs.Dispose();

        private async Task<VariantBuild> RunAsync(string variant)
        {
            var sarif = _logs.PathOf(variant + ".sarif");
            var arguments = new List<string>
            {
                "build", Path.Combine(Repository.ModelRoot, variant, variant + ".csproj"),
                // An up-to-date build skips the compiler, and with it the analyzers.
                "--no-incremental",
                // The RefOrder projects are built already (this test project references them for that); rebuilding
                // them here would rewrite analyzer assemblies that other test hosts have loaded.
                "--no-dependencies",
                "-nologo", "-v:q", "-clp:NoSummary", "-tl:off",
                // Diagnostics with their end, so that the tests can read the code each one covers.
                "-p:ErrorEndLocation=true",
                // %2C is MSBuild's escape for the comma, which would otherwise start another property.
                $"-p:ErrorLog={sarif}%2Cversion=2.1",
            };

            // The buggy variants must fail on the samples' own .editorconfig, not on the repository's
            // TreatWarningsAsErrors; the fixed ones must not even warn.
            arguments.Add(SpecFinding.For(variant).Count > 0 ? "-p:TreatWarningsAsErrors=false" : "-warnaserror");

            var run = await DotnetCli.RunAsync(Repository.Root, arguments);
            return new VariantBuild(variant, run, sarif);
        }
    }
}
