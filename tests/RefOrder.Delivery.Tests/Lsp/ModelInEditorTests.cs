using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RefOrder.Delivery.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RefOrder.Delivery.Tests.Lsp
{
    /// <summary>
    /// The repository opened in an editor: csharp-ls on a scratch clone loads RefOrderAnalyzers.sln, and the model's
    /// files show RefOrder's squiggles (every project that compiles them runs the analyzers, so whichever project's
    /// context the server picks has them), which follow the user's edits.
    /// </summary>
    [Trait("Category", "Slow")]
    public class ModelInEditorTests
    {
        /// <summary>The statement Mainline's RO0004 is about: net_generic() on the borrowed nf_net.</summary>
        private const string DanglingNetUse = "NfsdNet nn = NetGeneric(nf.NfNet, NfsdNetId);";

        /// <summary>The member whose annotation decides it: borrowed in Mainline, pinned (a held reference) after the review.</summary>
        private const string NetMember = "public Net NfNet = null!;";

        private readonly ITestOutputHelper _output;

        public ModelInEditorTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task ModelShowsRefOrdersSquigglesInTheLanguageServer_AndTheyFollowTheReviewersEdits()
        {
            using var clone = await ScratchClone.CreateAsync();
            await using var server = await LanguageServerSession.StartAsync(clone.Root);

            var putLocal = clone.PathOf("samples", "NfsdFileCache", "PatchV2", "NfsdFilePutLocal.cs");
            var firstSquiggle = await EditorChecks.PutOrderSquiggleFollowsTheSwapAsync(server, putLocal);
            _output.WriteLine($"time to first squiggle, model (PatchV2/NfsdFilePutLocal.cs): {firstSquiggle.TotalSeconds:0.0} s from didOpen, sent as soon as the server is initialized, to RO0001");

            // Mainline: the dangling nf_net (RO0004), cleared by the review's fix in another file, NfNet pinned.
            var disposeList = clone.PathOf("samples", "NfsdFileCache", "Mainline", "NfsdFileDisposeListDelayed.cs");
            var netMember = clone.PathOf("samples", "NfsdFileCache", "Mainline", "NfsdFile.NfNet.cs");
            await server.OpenAsync(disposeList);
            var (mainline, _) = await server.FirstWithAsync(disposeList, "RO0004");
            var use = EditorChecks.LineOf(File.ReadAllText(disposeList), DanglingNetUse);
            Assert.True(
                mainline.Any(d => d.Code == "RO0004" && d.Severity == EditorChecks.Error && d.Line == use),
                $"No RO0004 error at line {use + 1} of {disposeList}: {EditorChecks.Describe(mainline)}\n{server.Transcript}");

            var borrowed = File.ReadAllText(netMember);
            Assert.Contains(NetMember, borrowed);
            await server.OpenAsync(netMember);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await server.ChangeAsync(netMember, borrowed.Replace(NetMember, "[RefOrder.HoldsRef(Counter = \"net\")] " + NetMember));
            var pinned = await server.DiagnosticsAsync(disposeList);
            _output.WriteLine($"squiggle after an edit in another file (Mainline's NfNet pinned): {watch.Elapsed.TotalSeconds:0.0} s from didChange to the updated report");
            Assert.DoesNotContain(pinned, d => d.Code == "RO0004");

            await server.ChangeAsync(netMember, borrowed);
            Assert.Contains(await server.DiagnosticsAsync(disposeList), d => d.Code == "RO0004");
        }
    }
}
