using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace RefOrder.Delivery.Tests.Lsp
{
    /// <summary>
    /// JSON-RPC 2.0 over a language server's standard streams, framed as LSP frames it: a <c>Content-Length</c>
    /// header, a blank line, then that many bytes of UTF-8 JSON. Enough of a client for the tests: requests with a
    /// time limit, notifications, and answers to the server's own requests. Everything the server sends besides
    /// responses is kept for failure messages.
    /// </summary>
    internal sealed class JsonRpcConnection : IDisposable
    {
        /// <summary>Enough to see what the server did last; its progress reports alone can run to thousands.</summary>
        private const int TranscriptLines = 150;

        private readonly Stream _fromServer;
        private readonly Stream _toServer;
        private readonly Func<string, JsonNode?, JsonNode?> _answerServerRequest;
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
        private readonly SemaphoreSlim _writing = new(1, 1);
        private readonly List<string> _received = new();
        private readonly CancellationTokenSource _stop = new();
        private int _lastId;

        /// <param name="answerServerRequest">The result for a request from the server (method, params).</param>
        public JsonRpcConnection(Stream fromServer, Stream toServer, Func<string, JsonNode?, JsonNode?> answerServerRequest)
        {
            _fromServer = fromServer;
            _toServer = toServer;
            _answerServerRequest = answerServerRequest;
            _ = Task.Run(ReadLoopAsync);
        }

        /// <summary>The server's latest notifications and requests, one line each, for assertion messages.</summary>
        public string Transcript
        {
            get
            {
                lock (_received)
                {
                    return string.Join("\n", _received.Skip(Math.Max(0, _received.Count - TranscriptLines)));
                }
            }
        }

        public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan limit)
        {
            var id = Interlocked.Increment(ref _lastId);
            var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = response;
            await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            if (await Task.WhenAny(response.Task, Task.Delay(limit)) != response.Task)
            {
                _pending.TryRemove(id, out _);
                throw new TimeoutException($"The language server did not answer {method} within {limit}. It said:\n{Transcript}");
            }

            return await response.Task;
        }

        public Task NotifyAsync(string method, JsonNode? parameters) =>
            WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        public void Dispose()
        {
            _stop.Cancel();
            foreach (var response in _pending.Values)
            {
                response.TrySetCanceled();
            }
        }

        private async Task WriteAsync(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            await _writing.WaitAsync();
            try
            {
                await _toServer.WriteAsync(header);
                await _toServer.WriteAsync(body);
                await _toServer.FlushAsync();
            }
            finally
            {
                _writing.Release();
            }
        }

        private async Task ReadLoopAsync()
        {
            try
            {
                while (!_stop.IsCancellationRequested && await ReadMessageAsync() is { } message)
                {
                    await DispatchAsync(message);
                }
            }
            catch (Exception error) when (error is IOException or ObjectDisposedException or OperationCanceledException or JsonException)
            {
                Note($"(connection closed: {error.GetType().Name}: {error.Message})");
            }

            // The server is gone: whoever still waits for an answer fails now rather than at its time limit.
            foreach (var response in _pending.Values)
            {
                response.TrySetException(new IOException($"The language server closed its output. It said:\n{Transcript}"));
            }
        }

        private async Task DispatchAsync(JsonNode message)
        {
            var method = (string?)message["method"];
            var id = message["id"];
            if (method == null && id != null)
            {
                if (_pending.TryRemove((int)id, out var response))
                {
                    if (message["error"] is { } error)
                    {
                        response.TrySetException(new InvalidOperationException($"The language server answered with an error: {error.ToJsonString()}"));
                    }
                    else
                    {
                        response.TrySetResult(message["result"]);
                    }
                }

                return;
            }

            var parameters = message["params"];
            Note($"{method} {parameters?.ToJsonString()}");
            if (id != null)
            {
                var result = _answerServerRequest(method!, parameters);
                await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
            }
        }

        /// <summary>The next message, or null once the server has closed its output.</summary>
        private async Task<JsonNode?> ReadMessageAsync()
        {
            var length = -1;
            while (await ReadHeaderLineAsync() is { } line)
            {
                if (line.Length == 0)
                {
                    if (length < 0)
                    {
                        throw new JsonException("an LSP frame without Content-Length");
                    }

                    var body = new byte[length];
                    await _fromServer.ReadExactlyAsync(body, _stop.Token);
                    return JsonNode.Parse(body);
                }

                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line["Content-Length:".Length..].Trim());
                }
            }

            return null;
        }

        /// <summary>One header line without its CR LF (headers are ASCII), or null at the end of the stream.</summary>
        private async Task<string?> ReadHeaderLineAsync()
        {
            var line = new StringBuilder();
            var one = new byte[1];
            while (await _fromServer.ReadAsync(one, _stop.Token) == 1)
            {
                if (one[0] == '\n')
                {
                    return line.ToString().TrimEnd('\r');
                }

                line.Append((char)one[0]);
            }

            return null;
        }

        private void Note(string line)
        {
            lock (_received)
            {
                _received.Add(line.Length > 400 ? line[..400] + "…" : line);
            }
        }
    }
}
