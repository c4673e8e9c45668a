using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Ide
{
    /// <summary>
    /// The repository's solution opened with MSBuildWorkspace, the way an IDE opens it: every project evaluated by
    /// MSBuild with its analyzer references and .editorconfig files. Nothing is ever written back to disk.
    /// </summary>
    public sealed class ModelWorkspace : IAsyncLifetime
    {
        private readonly List<string> _loadFailures = new();
        private MSBuildWorkspace? _workspace;

        public ModelWorkspace() => MSBuildRegistration.EnsureRegistered();

        /// <summary>The solution as loaded; tests derive edited copies from it with the immutable Solution API.</summary>
        public Solution Solution { get; private set; } = null!;

        /// <summary>What the workspace could not load: shown when a project is missing.</summary>
        public IReadOnlyList<string> LoadFailures => _loadFailures;

        public Project Variant(string name) =>
            Solution.Projects.SingleOrDefault(p => p.Name == name)
            ?? throw new Xunit.Sdk.XunitException($"The solution has no project {name}; load failures:\n{string.Join("\n", _loadFailures)}");

        public async Task InitializeAsync()
        {
            _workspace = MSBuildWorkspace.Create();
            _workspace.RegisterWorkspaceFailedHandler(e => _loadFailures.Add($"{e.Diagnostic.Kind}: {e.Diagnostic.Message}"));
            Solution = await _workspace.OpenSolutionAsync(Repository.Solution);
        }

        public Task DisposeAsync()
        {
            _workspace?.Dispose();
            return Task.CompletedTask;
        }
    }
}
