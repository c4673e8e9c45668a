using System.Linq;
using System.Threading.Tasks;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Package
{
    /// <summary>
    /// A fresh project that installs the package sees RefOrder the two ways a command line shows it: its build
    /// fails on the review's put order (an error through the preset), and `dotnet format` applies the RO0001 fix.
    /// </summary>
    [Collection(PackageCollection.Name)]
    [Trait("Category", "Slow")]
    public class ConsumerBuildAndFormatTests
    {
        private static readonly string[] Build = { "build", "-nologo", "-v:q", "-clp:NoSummary", "-tl:off", "-p:ErrorEndLocation=true" };

        private readonly PackedRefOrder _package;

        public ConsumerBuildAndFormatTests(PackedRefOrder package) => _package = package;

        [Fact]
        public async Task BuildFailsOnThePutOrder_DotnetFormatFixesIt_AndTheBuildThenPasses()
        {
            using var consumer = ConsumerProject.Create(_package, "Kernel.cs", "NfsdFilePutLocal.cs");

            var build = await consumer.RunAsync(Build);
            Assert.False(build.Succeeded, build.Transcript);
            Assert.Equal(
                new[] { "error RO0001 in NfsdFilePutLocal.cs, NfsdFilePutLocal: NfsdNetPut(net)" },
                build.Diagnostics.Select(d => d.DescribeIn(consumer.Folder)));

            // The README's command: fix every RO0001 at warning severity or above.
            var format = await consumer.RunAsync("format", "analyzers", "--diagnostics", "RO0001", "--severity", "warn");
            Assert.True(format.Succeeded, format.Transcript);
            var fixedFile = SourceFile.Read(consumer.PathOf("NfsdFilePutLocal.cs"));
            Assert.Equal(ReviewersPutOrder.Statements, fixedFile.BlockHolding(ReviewersPutOrder.Method, ReviewersPutOrder.ObjectPut));

            var rebuild = await consumer.RunAsync(Build);
            Assert.True(rebuild.Succeeded, rebuild.Transcript);
            Assert.Empty(rebuild.Diagnostics.Select(d => d.DescribeIn(consumer.Folder)));
        }
    }
}
