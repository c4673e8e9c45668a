using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Lsp
{
    /// <summary>
    /// The repository as a user has it after a build, in a temporary folder: the clone's sources without its build
    /// outputs, restored, with RefOrder's analyzers built (the samples load them from their project outputs). A
    /// language server may write there as it likes, and nothing it does reaches the clone the tests run from.
    /// </summary>
    internal sealed class ScratchClone : IDisposable
    {
        /// <summary>Build outputs, test results and version control: what a clone's working tree has that its sources do not.</summary>
        private static readonly string[] Left = { "bin", "obj", "TestResults", "artifacts", "BenchmarkDotNet.Artifacts", ".vs", ".git" };

        private readonly TemporaryFolder _folder = new("clone");

        private ScratchClone()
        {
        }

        public string Root => _folder.Path;

        public string PathOf(params string[] relativeParts) => _folder.PathOf(relativeParts);

        public static async Task<ScratchClone> CreateAsync()
        {
            var clone = new ScratchClone();
            try
            {
                foreach (var file in Directory.EnumerateFiles(Repository.Root, "*", SearchOption.AllDirectories))
                {
                    var relative = Path.GetRelativePath(Repository.Root, file);
                    if (relative.Split(Path.DirectorySeparatorChar).Any(part => Left.Contains(part, StringComparer.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    Directory.CreateDirectory(Path.GetDirectoryName(clone.PathOf(relative))!);
                    File.Copy(file, clone.PathOf(relative));
                }

                // What "after a build" means to an editor: every project restored, and the analyzer assemblies the
                // samples reference present. The rest an editor compiles itself.
                await clone.RunAsync("restore", Repository.SolutionFileName);
                await clone.RunAsync("build", Path.Combine("src", "RefOrder.CodeFixes", "RefOrder.CodeFixes.csproj"), "--no-restore");
                return clone;
            }
            catch
            {
                clone.Dispose();
                throw;
            }
        }

        public void Dispose() => _folder.Dispose();

        private async Task RunAsync(params string[] arguments)
        {
            var run = await DotnetCli.RunAsync(Root, arguments.Concat(new[] { "-nologo", "-v:q", "-tl:off" }));
            if (!run.Succeeded)
            {
                throw new InvalidOperationException($"The scratch clone could not be prepared: {run.Transcript}");
            }
        }
    }
}
