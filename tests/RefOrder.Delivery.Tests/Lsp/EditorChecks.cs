using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Lsp
{
    /// <summary>What an editor's user sees of RefOrder through a language server, checked the same way on the model and on a consumer.</summary>
    internal static class EditorChecks
    {
        /// <summary>LSP's DiagnosticSeverity.Error: RefOrder's rules are errors in the samples and under the package's preset.</summary>
        public const int Error = 1;

        /// <summary>
        /// Opens v2's nfsd_file_put_local, waits for RO0001 at a put, sends the user's swap of the puts, checks that
        /// RO0001 is gone, and that it comes back with v2's order (so its absence was an analysis, not an empty
        /// report). Returns the time from didOpen to the first RO0001: the user's wait for the squiggle.
        /// </summary>
        public static async Task<TimeSpan> PutOrderSquiggleFollowsTheSwapAsync(LanguageServerSession server, string file)
        {
            var v2 = File.ReadAllText(file);
            await server.OpenAsync(file);
            var (first, elapsed) = await server.FirstWithAsync(file, "RO0001");

            // RO0001 sits on the guard put (SPEC: the object's later put is the additional location). The line is
            // found in the text, so an edit of the file above it does not break the test.
            int guardPut = LineOf(v2, ReviewersPutOrder.GuardPut);
            Assert.True(
                first.Any(d => d.Code == "RO0001" && d.Severity == Error && d.Line == guardPut),
                $"No RO0001 error at the guard put (line {guardPut + 1}) of {file} after {elapsed}: {Describe(first)}\n{server.Transcript}");

            await server.ChangeAsync(file, ReviewersPutOrder.SwapByHand(v2));
            var swapped = await server.DiagnosticsAsync(file);
            Assert.DoesNotContain(swapped, d => d.Code == "RO0001");

            await server.ChangeAsync(file, v2);
            Assert.Contains(await server.DiagnosticsAsync(file), d => d.Code == "RO0001");
            return elapsed;
        }

        /// <summary>The 0-based line that holds exactly <paramref name="statement"/> (the only one).</summary>
        public static int LineOf(string text, string statement) =>
            text.Split('\n').Select((line, index) => (line, index)).Single(l => l.line.Trim() == statement).index;

        public static string Describe(System.Collections.Generic.IEnumerable<LspDiagnostic> diagnostics) =>
            "[" + string.Join("; ", diagnostics) + "]";
    }
}
