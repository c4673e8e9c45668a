using System.Linq;
using System.Threading.Tasks;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Samples
{
    /// <summary>
    /// The samples built from the command line. RefOrder's rules are errors there (their .editorconfig): the variants
    /// that carry the review's bugs fail with exactly SPEC's errors, the fixed ones build with warnings as errors, and
    /// the SARIF log (what CI systems and review tools read) carries with each finding the earlier event that makes
    /// it wrong: the guard put for a misordered object put, the liveness site for a late pin.
    /// </summary>
    [Collection(RepositorySamplesCollection.Name)]
    [Trait("Category", "Slow")]
    public class CommandLineBuildTests
    {
        private readonly VariantBuilds _builds;

        public CommandLineBuildTests(VariantBuilds builds) => _builds = builds;

        [Theory]
        [InlineData("Mainline")]
        [InlineData("PatchV2")]
        public async Task BuggyVariantFailsWithExactlySpecsErrors(string variant)
        {
            var build = await _builds.BuildAsync(variant);

            Assert.False(build.Run.Succeeded, build.Run.Transcript);
            var expected = SpecFinding.For(variant).Select(f => $"error {f.Where}: {f.Text}").OrderBy(s => s);
            var reported = build.Run.Diagnostics.Select(d => d.DescribeIn(Repository.ModelRoot)).OrderBy(s => s);
            Assert.Equal(expected, reported);
        }

        [Theory]
        [InlineData("Reviewed")]
        [InlineData("LockBarrier")]
        public async Task FixedVariantBuildsWithWarningsAsErrors(string variant)
        {
            var build = await _builds.BuildAsync(variant);

            Assert.True(build.Run.Succeeded, build.Run.Transcript);
            Assert.Empty(build.Run.Diagnostics.Select(d => d.DescribeIn(Repository.ModelRoot)));
        }

        [Fact]
        public async Task PatchV2SarifLogRelatesEachFindingToItsEarlierEvent()
        {
            var build = await _builds.BuildAsync("PatchV2");
            var log = SarifLog.Read(build.SarifLog);

            Assert.Equal("2.1.0", log.Version);
            var expected = SpecFinding.For("PatchV2").Select(f => $"{f.Id} error at {f.File}: {f.Text}; related {f.RelatedFile}: {f.RelatedText}");
            var reported = log.Results.Where(r => r.RuleId.StartsWith("RO")).Select(r =>
                $"{r.RuleId} {r.Level} at {r.Location.DescribeIn(Repository.ModelRoot)}; related {string.Join(" and ", r.Related.Select(l => l.DescribeIn(Repository.ModelRoot)))}");
            Assert.Equal(expected.OrderBy(s => s), reported.OrderBy(s => s));
        }
    }
}
