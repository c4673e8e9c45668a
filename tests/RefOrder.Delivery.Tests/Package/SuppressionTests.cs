using System.Linq;
using System.Threading.Tasks;

namespace RefOrder.Delivery.Tests.Package
{
    /// <summary>
    /// Suppressions at build level: [SuppressMessage] with a Justification and '#pragma warning disable' with a
    /// reason hide the finding; either one without a reason is itself an error (RO0906), because a silent claim of
    /// safety is what the review was about.
    /// </summary>
    [Collection(PackageCollection.Name)]
    [Trait("Category", "Slow")]
    public class SuppressionTests
    {
        private readonly PackedRefOrder _package;

        public SuppressionTests(PackedRefOrder package) => _package = package;

        [Fact]
        public async Task JustifiedSuppressionsHideTheFinding_UnjustifiedOnesAreReported()
        {
            // NfsdFilePutLocal.cs is not suppressed: its RO0001 shows the analysis ran on this build.
            using var consumer = ConsumerProject.Create(_package, "Kernel.cs", "NfsdFilePutLocal.cs", "Suppressions.cs");

            var build = await consumer.RunAsync("build", "-nologo", "-v:q", "-clp:NoSummary", "-tl:off", "-p:ErrorEndLocation=true");

            Assert.False(build.Succeeded, build.Transcript);
            Assert.Equal(
                new[]
                {
                    "error RO0001 in NfsdFilePutLocal.cs, NfsdFilePutLocal: NfsdNetPut(net)",
                    "error RO0906 in Suppressions.cs, PutLocalSuppressedSilently: SuppressMessage(\"RefOrder\", \"RO0001\")",
                    "error RO0906 in Suppressions.cs, PutLocalUnderBarePragma: #pragma warning disable RO0001",
                },
                build.Diagnostics.Select(d => d.DescribeIn(consumer.Folder)).OrderBy(s => s, System.StringComparer.Ordinal));
        }
    }
}
