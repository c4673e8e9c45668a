using System;
using System.Collections.Generic;

namespace RefOrder.Delivery.Tests.Infrastructure
{
    /// <summary>One finished dotnet command: what ran where, how it ended, and everything it printed.</summary>
    public sealed record CliRun(string Command, string WorkingDirectory, int ExitCode, IReadOnlyList<string> Output, TimeSpan Elapsed)
    {
        public bool Succeeded => ExitCode == 0;

        /// <summary>For assertion messages: enough to reproduce the command and read what went wrong.</summary>
        public string Transcript => $"'{Command}' in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:0}s:\n{string.Join("\n", Output)}";

        public IReadOnlyList<BuildDiagnostic> Diagnostics => BuildDiagnostic.ParseAll(Output);
    }
}
