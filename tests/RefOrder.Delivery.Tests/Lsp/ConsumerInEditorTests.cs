using System.Threading.Tasks;
using RefOrder.Delivery.Tests.Package;
using Xunit.Abstractions;

namespace RefOrder.Delivery.Tests.Lsp
{
    /// <summary>
    /// A user's fresh project that installs the packed RefOrder, opened in an editor: csharp-ls runs the package's
    /// analyzers next to the compiler's, and RefOrder's put-order squiggle follows the user's edit.
    /// </summary>
    [Collection(PackageCollection.Name)]
    [Trait("Category", "Slow")]
    public class ConsumerInEditorTests
    {
        private readonly PackedRefOrder _package;
        private readonly ITestOutputHelper _output;

        public ConsumerInEditorTests(PackedRefOrder package, ITestOutputHelper output)
        {
            _package = package;
            _output = output;
        }

        [Fact]
        public async Task ConsumerShowsThePutOrderSquiggleInTheLanguageServer_AndItFollowsTheSwap()
        {
            using var consumer = ConsumerProject.Create(_package, "Kernel.cs", "NfsdFilePutLocal.cs");
            var restore = await consumer.RunAsync("restore");
            Assert.True(restore.Succeeded, restore.Transcript);

            await using var server = await LanguageServerSession.StartAsync(consumer.Folder);
            var firstSquiggle = await EditorChecks.PutOrderSquiggleFollowsTheSwapAsync(server, consumer.PathOf("NfsdFilePutLocal.cs"));
            _output.WriteLine($"time to first squiggle, consumer of the package (NfsdFilePutLocal.cs): {firstSquiggle.TotalSeconds:0.0} s from didOpen to RO0001");
        }
    }
}
