using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Tests.Meta;
using RefOrder.Analyzers.Tests.Model;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// samples/ValidCode, realistic correct code in several domains, compiled in process with every RefOrder analyzer:
    /// it must compile and RefOrder must say nothing about it (the solution build checks the same with every rule as
    /// an error).
    /// </summary>
    public class ValidCodeTests
    {
        [Fact]
        public async Task EveryRuleIsSilentOnValidCode()
        {
            var folder = RepositoryFiles.PathOf("samples", "ValidCode");
            var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
                .ToList();
            Assert.True(sources.Count >= 4, "samples/ValidCode should hold its domains");

            var compilation = ModelCompilation.Compile(sources);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "ValidCode does not compile: " + string.Join("\n", errors));

            var run = await ModelCompilation.AnalyzeAsync(compilation);
            Assert.Empty(run.Exceptions);
            var findings = run.Diagnostics.Where(d => d.Id.StartsWith("RO", StringComparison.Ordinal)).Select(d => d.ToString()).ToList();
            Assert.True(findings.Count == 0, "RefOrder reported on valid code:\n" + string.Join("\n", findings));
        }
    }
}
