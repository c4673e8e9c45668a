using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RefOrder.Delivery.Tests.Ide;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Samples
{
    /// <summary>
    /// The package's errors preset and the samples' .editorconfig both make every rule RefOrder's analyzers report an
    /// error: no rule is missing when one is added, and the two files say the same.
    /// </summary>
    [Collection(RepositorySamplesCollection.Name)]
    [Trait("Category", "Slow")]
    public class SeverityConfigurationTests
    {
        private static readonly Regex Setting = new(@"^\s*dotnet_diagnostic\.(?<id>\w+)\.severity\s*=\s*(?<severity>\w+)\s*$", RegexOptions.Multiline);

        private readonly ModelWorkspace _workspace;

        public SeverityConfigurationTests(ModelWorkspace workspace) => _workspace = workspace;

        [Theory]
        [InlineData("src/RefOrder.Package/buildTransitive/RefOrder.globalconfig")]
        [InlineData("samples/NfsdFileCache/.editorconfig")]
        public void EveryRuleOfTheAnalyzersIsAnError(string configuration)
        {
            var rules = Squiggles.RefOrderAnalyzers(_workspace.Variant("PatchV2"))
                .SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id);

            Assert.Equal(rules.Select(id => $"{id} = error"), Settings(Repository.PathOf(configuration.Split('/'))));
        }

        private static IEnumerable<string> Settings(string path) =>
            Setting.Matches(File.ReadAllText(path)).Select(m => $"{m.Groups["id"].Value} = {m.Groups["severity"].Value}").OrderBy(s => s);
    }
}
