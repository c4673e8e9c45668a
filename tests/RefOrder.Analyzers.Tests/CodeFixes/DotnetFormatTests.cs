using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RefOrder.Analyzers.Tests.Tools;
using Xunit.Abstractions;

namespace RefOrder.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// The fixes as users apply them from the command line: a scratch copy of the repository's model is rewritten by
    /// <c>dotnet format analyzers … --diagnostics RO000n --severity warn</c>, one rule after the other, and after each
    /// fix the copy must read like the Reviewed variant, build with exactly the remaining findings, and pass the
    /// model's interleaving tests that state the reviewed behaviour; RO0008's fix is applied to a small project of its
    /// own. Slow: several builds of the model.
    /// </summary>
    [Trait("Category", "Slow")]
    public class DotnetFormatTests
    {
        private const string Model = "samples/NfsdFileCache";
        private const string PatchV2Project = Model + "/PatchV2/PatchV2.csproj";
        private const string ModelTestsProject = "tests/RefOrder.Model.Tests/RefOrder.Model.Tests.csproj";

        /// <summary>Generous: two cores shared with other work, and a cold build compiles RefOrder itself too.</summary>
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

        private readonly ITestOutputHelper _log;

        public DotnetFormatTests(ITestOutputHelper log) => _log = log;

        [Fact]
        public void PatchV2FormattedFixByFixBecomesTheReviewedModel()
        {
            using var scratch = ScratchRepository.Create("src/RefOrder.Annotations", "src/RefOrder.Analyzers", "src/RefOrder.CodeFixes", Model, "tests/RefOrder.Model.Tests");
            try
            {
                // The build also compiles the analyzer and fix assemblies the sample references as analyzers:
                // dotnet format silently does nothing when they are missing.
                var before = Build(scratch, clean: false);
                Assert.Contains("RO0001 in NfsdFilePutLocal.cs", before);
                Assert.Contains("RO0002 in NfsdFileDisposeListDelayed.cs", before);

                Format(scratch, "RO0001");
                Assert.Equal(
                    File.ReadAllText(scratch.PathOf(Model + "/Reviewed/NfsdFilePutLocal.cs")),
                    File.ReadAllText(scratch.PathOf(Model + "/PatchV2/NfsdFilePutLocal.cs")));
                Assert.Equal(before.Where(d => d != "RO0001 in NfsdFilePutLocal.cs"), Build(scratch, clean: false));
                RunModelTests(scratch, "FullyQualifiedName~FileRefPutFirst_TeardownWaitsForTheFree|FullyQualifiedName~SequentialTests");

                var unfixed = scratch.Sources(Model);
                Format(scratch, "RO0002");
                var changed = scratch.Sources(Model).Where(f => unfixed[f.Key] != f.Value).ToDictionary(f => f.Key, f => f.Value);
                Assert.Equal(new[] { "NfNet", "NfsdFileAlloc", "NfsdFileDisposeListDelayed" }, MembersMatchingReviewed(scratch, changed));
                Assert.Empty(Build(scratch, clean: true));
                RunModelTests(scratch, "FullyQualifiedName~FileRefPutFirst_TeardownWaitsForTheFree|FullyQualifiedName~SequentialTests|FullyQualifiedName~Reviewed_PinFromAllocation");
            }
            catch (Exception)
            {
                _log.WriteLine(scratch.Keep());
                throw;
            }
        }

        /// <summary>
        /// RO0008's fix from the command line: a small project of its own (the leak on an error path, the put on the
        /// success path) fails to build on the leak, <c>dotnet format</c> inserts the put before the early return, and
        /// the project then builds clean.
        /// </summary>
        [Fact]
        public void ReferenceLeakFormattedBuildsClean() => AssertFormatFixesScratch(
            "RO0008",
            "Leak.cs",
            LeakSource.Replace("{{ERROR_PATH}}", "            return -12;\n"),
            LeakSource.Replace("{{ERROR_PATH}}", "            PutNet(net);\n            return -12;\n"));

        /// <summary>
        /// RO0009's fix from the command line: nfsd_file_alloc's shape with the pin forgotten fails to build on RO0009,
        /// <c>dotnet format</c> takes the reference right before the store, and the project then builds clean.
        /// </summary>
        [Fact]
        public void HoldsRefStoreFormattedBuildsClean() => AssertFormatFixesScratch(
            "RO0009",
            "Pin.cs",
            PinSource.Replace("{{PIN}}", string.Empty),
            PinSource.Replace("{{PIN}}", "        GetNet(net);\n"));

        /// <summary>
        /// A small project of its own with <paramref name="broken"/> as its one file fails to build on
        /// <paramref name="rule"/> alone; <c>dotnet format</c> turns the file into <paramref name="expected"/>, which
        /// then builds clean.
        /// </summary>
        private void AssertFormatFixesScratch(string rule, string file, string broken, string expected)
        {
            using var scratch = ScratchRepository.Create("src/RefOrder.Annotations", "src/RefOrder.Analyzers", "src/RefOrder.CodeFixes");
            try
            {
                Directory.CreateDirectory(scratch.PathOf(LeakFolder));
                File.WriteAllText(scratch.PathOf(LeakProject), LeakProjectFile);
                File.WriteAllText(scratch.PathOf(LeakFolder + "/" + file), broken);

                var before = Run(scratch, "build", LeakProject, "-nologo", "-tl:off", "-clp:NoSummary", "-nodeReuse:false");
                Assert.True(before.ExitCode == 1 && before.RefOrderDiagnostics().SequenceEqual(new[] { $"{rule} in {file}" }), $"The scratch project should fail the build on {rule} alone: " + before.Describe());

                var format = Run(scratch, "format", "analyzers", LeakProject, "--diagnostics", rule, "--severity", "warn", "--no-restore", "--verbosity", "detailed");
                Assert.True(format.ExitCode == 0, "dotnet format failed: " + format.Describe());
                Assert.Equal(expected.ReplaceLineEndings(), File.ReadAllText(scratch.PathOf(LeakFolder + "/" + file)).ReplaceLineEndings());

                var after = Run(scratch, "build", LeakProject, "-nologo", "-tl:off", "-clp:NoSummary", "-nodeReuse:false");
                Assert.True(after.ExitCode == 0, "The fixed project should build clean: " + after.Describe());
            }
            catch (Exception)
            {
                _log.WriteLine(scratch.Keep());
                throw;
            }
        }

        /// <summary>nfsd_file_alloc: the file keeps its namespace in a [HoldsRef] member, so the store must hand over a pin.</summary>
        private const string PinSource = """
using RefOrder;

[RefCounted]
public sealed class Net
{
    public int Id;
}

public sealed class File
{
    [HoldsRef] public Net? NfNet;
}

public static class Nfsd
{
    [Acquires("net")] public static void GetNet(Net net) { }

    public static File Alloc([Live] Net net)
    {
        var nf = new File();
{{PIN}}        nf.NfNet = net;
        return nf;
    }
}

""";

        private const string LeakFolder = "samples/LeakScratch";
        private const string LeakProject = LeakFolder + "/LeakScratch.csproj";

        /// <summary>A user's project: RefOrder as analyzer references, its warnings errors (the repository's settings).</summary>
        private const string LeakProjectFile = """
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$(RepositoryRoot)src/RefOrder.Annotations/RefOrder.Annotations.csproj" />
    <ProjectReference Include="$(RepositoryRoot)src/RefOrder.Analyzers/RefOrder.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$(RepositoryRoot)src/RefOrder.CodeFixes/RefOrder.CodeFixes.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
""";

        /// <summary>The kernel's commonest refcount bug: get_net() at the top, an early error return without put_net().</summary>
        private const string LeakSource = """
using RefOrder;

[RefCounted]
public sealed class Net
{
    public int Id;
}

public static class Nfsd
{
    [Acquires("net")] public static void GetNet(Net net) { }

    [Releases("net")] public static void PutNet(Net net) { }

    public static int UseNamespace([Live] Net net, bool fail)
    {
        GetNet(net);
        if (fail)
        {
{{ERROR_PATH}}        }

        net.Id++;
        PutNet(net);
        return 0;
    }
}

""";

        /// <summary>
        /// Builds PatchV2 and returns its RefOrder diagnostics. The model makes RefOrder's rules errors, so a build with
        /// findings fails; it must fail for those alone, and succeed when <paramref name="clean"/> is expected.
        /// </summary>
        private string[] Build(ScratchRepository scratch, bool clean)
        {
            var result = Run(scratch, "build", PatchV2Project, "-nologo", "-tl:off", "-clp:NoSummary", "-nodeReuse:false");
            var diagnostics = result.RefOrderDiagnostics();
            bool onlyRefOrder = !Regex.IsMatch(result.Output, @": error (?!RO\d{4})");
            Assert.True(
                result.ExitCode == (clean ? 0 : 1) && onlyRefOrder && (clean || diagnostics.Length > 0),
                $"The PatchV2 build should {(clean ? "succeed" : "fail on RefOrder findings only")}: " + result.Describe());
            return diagnostics;
        }

        private void Format(ScratchRepository scratch, string id)
        {
            var result = Run(scratch, "format", "analyzers", PatchV2Project, "--diagnostics", id, "--severity", "warn", "--no-restore", "--verbosity", "detailed");
            Assert.True(result.ExitCode == 0 && result.Output.Contains("Formatted code file", StringComparison.Ordinal), $"dotnet format fixed nothing for {id}: " + result.Describe());
        }

        /// <summary>
        /// Runs the model's interleaving tests selected by <paramref name="filter"/> — those that state the reviewed
        /// behaviour — with every variant slot compiled from PatchV2's (now fixed) sources, via the global property
        /// the model-runtime projects read their variant from.
        /// </summary>
        private void RunModelTests(ScratchRepository scratch, string filter)
        {
            var result = Run(scratch, "test", ModelTestsProject, "-nologo", "-tl:off", "-nodeReuse:false", "-p:NfsdVariant=PatchV2", "--filter", filter);
            var counts = Regex.Match(result.Output, @"Failed:\s+(\d+), Passed:\s+(\d+)");
            Assert.True(
                result.ExitCode == 0 && counts.Success && counts.Groups[1].Value == "0" && int.Parse(counts.Groups[2].Value) >= 3,
                "The model's tests of the reviewed behaviour do not pass on the fixed PatchV2: " + result.Describe());
        }

        /// <summary>
        /// The members declared in the files the fix changed that the Reviewed variant also declares, each checked to
        /// be the Reviewed member up to comments and layout; returns their names, sorted.
        /// </summary>
        private static string[] MembersMatchingReviewed(ScratchRepository scratch, Dictionary<string, string> changed)
        {
            var reviewed = scratch.Sources(Model + "/Reviewed").Values.SelectMany(Members).ToLookup(m => m.Name, m => m.Node);
            var names = new List<string>();
            foreach (var (name, node) in changed.Values.SelectMany(Members))
            {
                var counterpart = reviewed[name].SingleOrDefault();
                if (counterpart != null)
                {
                    Assert.True(SyntaxFactory.AreEquivalent(node, counterpart, topLevel: false), $"'{name}' after the fix differs from Reviewed's:\n{node}\n---\n{counterpart}");
                    names.Add(name);
                }
            }

            return names.OrderBy(n => n, StringComparer.Ordinal).ToArray();
        }

        private static IEnumerable<(string Name, MemberDeclarationSyntax Node)> Members(string source) =>
            CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()
                .Select(m => (Name: m switch
                {
                    MethodDeclarationSyntax method => method.Identifier.ValueText,
                    PropertyDeclarationSyntax property => property.Identifier.ValueText,
                    FieldDeclarationSyntax { Declaration.Variables.Count: 1 } field => field.Declaration.Variables[0].Identifier.ValueText,
                    _ => "",
                }, Node: m))
                .Where(m => m.Name.Length > 0);

        private CliResult Run(ScratchRepository scratch, params string[] arguments)
        {
            var result = DotnetCli.Run(scratch.Root, Timeout, arguments);
            _log.WriteLine($"{result.Command}: exit {result.ExitCode?.ToString() ?? "none (timed out)"} in {result.Elapsed:g}");
            return result;
        }
    }
}
