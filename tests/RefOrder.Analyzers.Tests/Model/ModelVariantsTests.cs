using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Meta;

namespace RefOrder.Analyzers.Tests.Model
{
    /// <summary>
    /// The model end to end: each variant, compiled with every RefOrder analyzer, reports exactly SPEC's expected
    /// diagnostics (rule and method), no more and no fewer, with no analyzer exception and no skipped body.
    /// </summary>
    public class ModelVariantsTests
    {
        public static TheoryData<string, string[]> Expected => new TheoryData<string, string[]>
        {
            { "Mainline", new[] { "RO0004 in NfsdFileDisposeListDelayed" } },
            { "PatchV2", new[] { "RO0001 in NfsdFilePutLocal", "RO0002 in NfsdFileDisposeListDelayed" } },
            { "Reviewed", Array.Empty<string>() },
            { "LockBarrier", Array.Empty<string>() },
        };

        [Theory]
        [MemberData(nameof(Expected))]
        public async Task VariantReportsExactlySpecsDiagnostics(string variant, string[] expected)
        {
            var compilation = ModelCompilation.Compile(ModelCompilation.Sources(variant));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

            var run = await ModelCompilation.AnalyzeAsync(compilation);

            Assert.Empty(run.Exceptions);
            Assert.Equal(expected.OrderBy(s => s, StringComparer.Ordinal), run.Findings());
        }

        [Fact]
        public async Task PatchV2Diagnostics_CarryTheEarlierEventAsAdditionalLocation()
        {
            var run = await ModelCompilation.AnalyzeAsync(ModelCompilation.Compile(ModelCompilation.Sources("PatchV2")));

            var putOrder = Assert.Single(run.Diagnostics, d => d.Id == "RO0001");
            Assert.Equal("NfsdNetPut(net)", Text(putOrder.Location));
            Assert.Equal("NfsdFilePut(nf)", Text(Assert.Single(putOrder.AdditionalLocations)));

            var pin = Assert.Single(run.Diagnostics, d => d.Id == "RO0002");
            Assert.Equal("GetNet(nf.NfNet)", Text(pin.Location));
            Assert.Equal("nf.NfNet = net", Text(Assert.Single(pin.AdditionalLocations)));
            Assert.Contains("NfsdFileAlloc", pin.GetMessage());

            static string Text(Microsoft.CodeAnalysis.Location l) => l.SourceTree!.GetText().ToString(l.SourceSpan);
        }

        [Fact]
        public void EveryModelFileBelongsToAVariant_AndTheTableMatchesTheBuild()
        {
            var root = ModelCompilation.ModelRoot;
            var covered = ModelCompilation.Folders.Values.SelectMany(f => f).Distinct().ToList();
            var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
                .Where(p => !p.Split('/').Any(part => part is "obj" or "bin"));
            foreach (var file in files)
            {
                Assert.True(covered.Any(folder => file.StartsWith(folder + "/", StringComparison.Ordinal)), $"{file} is in no variant");
            }

            // Model.Sources.props: each Shared folder's Condition names the variants that compile it.
            var props = File.ReadAllText(Path.Combine(root, "Model.Sources.props"));
            foreach (Match m in Regex.Matches(props, @"Include=""\$\(NfsdModelRoot\)(Shared/\w+)/\*\*/\*\.cs""[^>]*?Condition=""([^""]+)"""))
            {
                var inBuild = Regex.Matches(m.Groups[2].Value, @"_NfsdIs(\w+)").Select(x => x.Groups[1].Value).OrderBy(x => x).ToList();
                var inTable = ModelCompilation.Folders.Where(v => v.Value.Contains(m.Groups[1].Value)).Select(v => v.Key).OrderBy(x => x).ToList();
                Assert.Equal(inBuild, inTable);
            }
        }
    }
}
