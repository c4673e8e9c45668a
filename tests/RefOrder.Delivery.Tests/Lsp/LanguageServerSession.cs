using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Lsp
{
    /// <summary>
    /// csharp-ls, the C# language server of the repository's tool manifest (.config/dotnet-tools.json), started over
    /// stdio on one folder the way an editor starts it: it finds the folder's solution (or projects), asks for the
    /// <c>csharp</c> settings, which turn third-party analyzers on, and answers pull-diagnostic requests.
    /// </summary>
    internal sealed class LanguageServerSession : IAsyncDisposable
    {
        /// <summary>Loading a whole solution and analysing it first, on a loaded 2-core CI machine, with room to spare.</summary>
        private static readonly TimeSpan FirstDiagnosticsLimit = TimeSpan.FromMinutes(8);

        /// <summary>
        /// How long re-pulls may wait for a diagnostic once the server has answered: the server analyses a document when
        /// asked, so a diagnostic missing from its first report has no reason to come later; this is only slack.
        /// </summary>
        private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);

        /// <summary>Any later answer: the solution is loaded by then.</summary>
        private static readonly TimeSpan AnswerLimit = TimeSpan.FromMinutes(3);

        /// <summary>How long a pull that lacks an expected diagnostic waits before it asks again, as an editor re-pulls.</summary>
        private static readonly TimeSpan RepullDelay = TimeSpan.FromSeconds(1);

        /// <summary>`dotnet tool restore` once per test run: the manifest pins the version, the NuGet cache keeps it.</summary>
        private static readonly Lazy<Task> Restored = new(RestoreToolAsync);

        private readonly Process _process;
        private readonly JsonRpcConnection _connection;
        private readonly List<string> _errors = new();
        private readonly Dictionary<string, int> _versions = new();

        private LanguageServerSession(Process process)
        {
            _process = process;
            _process.ErrorDataReceived += (_, e) =>
            {
                lock (_errors)
                {
                    _errors.Add(e.Data ?? "");
                }
            };
            _connection = new JsonRpcConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, AnswerServerRequest);
        }

        /// <summary>What the server said, for assertion messages: its notifications and what it wrote to stderr.</summary>
        public string Transcript
        {
            get
            {
                lock (_errors)
                {
                    return $"{_connection.Transcript}\nstderr:\n{string.Join("\n", _errors.TakeLast(50))}";
                }
            }
        }

        /// <summary>Starts the server, initialized, on <paramref name="folder"/> as the editor's only workspace folder.</summary>
        public static async Task<LanguageServerSession> StartAsync(string folder)
        {
            await Restored.Value;

            // Started in the clone, where `dotnet tool run` finds the manifest; the workspace comes from initialize.
            var start = DotnetCli.StartInfo(Repository.Root, new[] { "tool", "run", "csharp-ls" });
            start.RedirectStandardInput = true;
            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet tool run csharp-ls did not start");
            var session = new LanguageServerSession(process);
            process.BeginErrorReadLine();
            try
            {
                var root = UriOf(folder);
                await session._connection.RequestAsync("initialize", new JsonObject
                {
                    ["processId"] = Environment.ProcessId,
                    ["rootUri"] = root,
                    ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = Path.GetFileName(folder) }),
                    ["capabilities"] = new JsonObject
                    {
                        // Without it the server never asks for its settings, and runs no analyzer.
                        ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                        ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false } },
                    },
                }, AnswerLimit);
                await session._connection.NotifyAsync("initialized", new JsonObject());
                return session;
            }
            catch
            {
                await session.DisposeAsync();
                throw;
            }
        }

        public Task OpenAsync(string path)
        {
            _versions[path] = 1;
            return _connection.NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["languageId"] = "csharp", ["version"] = 1, ["text"] = File.ReadAllText(path) },
            });
        }

        /// <summary>The user's edit, sent as the document's whole new text (a change without a range).</summary>
        public Task ChangeAsync(string path, string text)
        {
            var version = ++_versions[path];
            return _connection.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
            });
        }

        /// <summary>One <c>textDocument/diagnostic</c> pull: the document's diagnostics now.</summary>
        public async Task<IReadOnlyList<LspDiagnostic>> DiagnosticsAsync(string path, TimeSpan? limit = null)
        {
            var report = await _connection.RequestAsync("textDocument/diagnostic", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = UriOf(path) },
            }, limit ?? AnswerLimit);
            var items = report?["items"]?.AsArray() ?? throw new InvalidOperationException($"No full report for {path}: {report?.ToJsonString()}");
            return items.Select(d => new LspDiagnostic(
                (string?)d!["code"] ?? "",
                (int)d["range"]!["start"]!["line"]!,
                (int?)d["severity"] ?? 0,
                (string?)d["message"] ?? "")).ToList();
        }

        /// <summary>
        /// The first pull after didOpen (it waits for the solution to load), then pulls again, as an editor does, until
        /// a report has a diagnostic with <paramref name="code"/> or <see cref="SettleLimit"/> has passed since the first
        /// answer. Says how long it took: the user's wait for the squiggle.
        /// </summary>
        public async Task<(IReadOnlyList<LspDiagnostic> Diagnostics, TimeSpan Elapsed)> FirstWithAsync(string path, string code)
        {
            var watch = Stopwatch.StartNew();
            var diagnostics = await DiagnosticsAsync(path, FirstDiagnosticsLimit);
            var answered = watch.Elapsed;
            while (!diagnostics.Any(d => d.Code == code) && watch.Elapsed - answered < SettleLimit)
            {
                await Task.Delay(RepullDelay);
                diagnostics = await DiagnosticsAsync(path);
            }

            return (diagnostics, watch.Elapsed);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!_process.HasExited)
                {
                    await _connection.RequestAsync("shutdown", null, TimeSpan.FromSeconds(10));
                    await _connection.NotifyAsync("exit", null);
                    await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
                }
            }
            catch (Exception error) when (error is TimeoutException or IOException or InvalidOperationException or OperationCanceledException)
            {
                // A server that does not stop when asked is stopped below.
            }
            finally
            {
                // The server and the MSBuild build hosts it started; nothing of it may outlive the test.
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                }

                _connection.Dispose();
                _process.Dispose();
            }
        }

        private static string UriOf(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

        private static async Task RestoreToolAsync()
        {
            var restore = await DotnetCli.RunAsync(Repository.Root, new[] { "tool", "restore" });
            if (!restore.Succeeded)
            {
                throw new InvalidOperationException($"The tool manifest's csharp-ls could not be restored: {restore.Transcript}");
            }
        }

        /// <summary>The server asks for its <c>csharp</c> settings: analyzers on, as an editor's user turns them on.</summary>
        private static JsonNode? AnswerServerRequest(string method, JsonNode? parameters) => method switch
        {
            "workspace/configuration" => new JsonArray((parameters?["items"]?.AsArray() ?? new JsonArray())
                .Select(item => (string?)item?["section"] == "csharp" ? new JsonObject { ["analyzersEnabled"] = true } : null)
                .ToArray()),
            // Progress tokens, capability registrations, refresh requests: acknowledged, nothing to do.
            _ => null,
        };
    }
}
