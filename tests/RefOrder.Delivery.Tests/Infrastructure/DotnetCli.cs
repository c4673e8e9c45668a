using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace RefOrder.Delivery.Tests.Infrastructure
{
    /// <summary>Runs the dotnet CLI the way a user does from a shell, and keeps everything it printed.</summary>
    internal static class DotnetCli
    {
        /// <summary>Far above any one command on a loaded 2-core CI machine; a hang fails the test instead of CI.</summary>
        private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(10);

        /// <summary>How long to wait for the last output once the command has exited.</summary>
        private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(5);

        /// <summary>The dotnet that runs the tests (the CLI says which), so that every command uses the same SDK.</summary>
        private static string Executable { get; } =
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        public static async Task<CliRun> RunAsync(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
        {
            var start = StartInfo(workingDirectory, arguments, environment);
            var output = new List<string>();
            var stdoutDone = new TaskCompletionSource();
            var stderrDone = new TaskCompletionSource();
            var exited = new TaskCompletionSource();
            using var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            // Not WaitForExitAsync: it also waits for the end of the output, which a build server may hold open.
            process.Exited += (_, _) => exited.TrySetResult();
            process.OutputDataReceived += (_, e) => Collect(e.Data, stdoutDone);
            process.ErrorDataReceived += (_, e) => Collect(e.Data, stderrDone);
            var command = "dotnet " + string.Join(" ", start.ArgumentList);
            var watch = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            if (await Task.WhenAny(exited.Task, Task.Delay(TimeLimit)) != exited.Task)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{command}' in {workingDirectory} ran longer than {TimeLimit}:\n{Transcript(output)}");
            }

            // A build server started by the command may inherit its output and keep it open; what the command
            // itself printed is in once both streams end or shortly after it exited.
            await Task.WhenAny(Task.WhenAll(stdoutDone.Task, stderrDone.Task), Task.Delay(DrainLimit));
            return new CliRun(command, workingDirectory, process.ExitCode, Snapshot(output), watch.Elapsed);

            void Collect(string? line, TaskCompletionSource done)
            {
                if (line == null)
                {
                    done.TrySetResult();
                    return;
                }

                lock (output)
                {
                    output.Add(line);
                }
            }
        }

        /// <summary>
        /// A dotnet command as a user's shell would start it, with its output redirected: what <see cref="RunAsync"/>
        /// runs, and what the language-server tests start and talk to over its standard streams.
        /// </summary>
        public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
        {
            var start = new ProcessStartInfo(Executable)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // A plain user's environment: without the MSBuild variables of the process that runs the tests (the
            // CLI's, MSBuildLocator's), which name SDK pieces the child's own SDK resolution should choose.
            foreach (var name in start.Environment.Keys.Where(n => n.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || n.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }

            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            // The tests read "error"/"warning" in the output: English, whatever the machine's language.
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            // No MSBuild nodes left behind: they would outlive the test run and hold on to its output pipes.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }

            return start;
        }

        private static IReadOnlyList<string> Snapshot(List<string> output)
        {
            lock (output)
            {
                return output.ToList();
            }
        }

        private static string Transcript(List<string> output) => string.Join("\n", Snapshot(output));
    }
}
