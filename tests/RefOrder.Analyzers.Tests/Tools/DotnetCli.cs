using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace RefOrder.Analyzers.Tests.Tools
{
    /// <summary>
    /// Runs the <c>dotnet</c> CLI as a child process for the tests that exercise RefOrder the way users do
    /// (<c>dotnet build</c>, <c>dotnet format</c>, <c>dotnet test</c>). Every run has a timeout, after which the child
    /// and its descendants are killed; the result keeps the whole output for failure messages.
    /// </summary>
    internal static class DotnetCli
    {
        /// <summary>The dotnet that runs these tests, when the host says so, so that children use the same SDK.</summary>
        private static string Executable => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        public static CliResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
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

            // The test host runs inside an MSBuild-launched process; its MSBuild variables would steer the child
            // builds to the wrong SDK pieces. Children get a plain environment plus quiet, non-lingering builds.
            foreach (var name in start.Environment.Keys.Cast<string>().ToList())
            {
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            var clock = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            bool exited = process.WaitForExit((int)timeout.TotalMilliseconds);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            else
            {
                process.WaitForExit(); // drains the asynchronous readers
            }

            string command = "dotnet " + string.Join(" ", arguments);
            return new CliResult(command, workingDirectory, exited ? process.ExitCode : (int?)null, output.ToString(), clock.Elapsed);
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line != null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }

    /// <summary>What a CLI run did: exit code (null on timeout), all output, and a description for assertions.</summary>
    internal sealed class CliResult
    {
        private static readonly Regex RefOrderDiagnostic = new Regex(@"(?<file>[^\s:(]+\.cs)\(\d+,\d+\): (?:warning|error) (?<id>RO\d{4}):", RegexOptions.Compiled);

        public CliResult(string command, string workingDirectory, int? exitCode, string output, TimeSpan elapsed)
        {
            Command = command;
            WorkingDirectory = workingDirectory;
            ExitCode = exitCode;
            Output = output;
            Elapsed = elapsed;
        }

        public string Command { get; }

        public string WorkingDirectory { get; }

        public int? ExitCode { get; }

        public string Output { get; }

        public TimeSpan Elapsed { get; }

        /// <summary>The distinct RefOrder diagnostics in the output, as "RO0001 in NfsdFilePutLocal.cs".</summary>
        public string[] RefOrderDiagnostics() =>
            RefOrderDiagnostic.Matches(Output).Cast<Match>()
                .Select(m => $"{m.Groups["id"].Value} in {System.IO.Path.GetFileName(m.Groups["file"].Value)}")
                .Distinct()
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToArray();

        /// <summary>For failure messages: the command, how it ended and the tail of its output.</summary>
        public string Describe(int tailLines = 60)
        {
            var lines = Output.Split('\n');
            string tail = string.Join("\n", lines.Skip(Math.Max(0, lines.Length - tailLines)));
            string ending = ExitCode == null ? $"timed out after {Elapsed:g}" : $"exited {ExitCode} after {Elapsed:g}";
            return $"`{Command}` in {WorkingDirectory} {ending}; last output:\n{tail}";
        }
    }
}
