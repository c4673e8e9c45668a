using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.CSharp;

namespace RefOrder.Benchmarks.Report
{
    /// <summary>What the numbers were measured on: they mean little without it.</summary>
    internal sealed class MachineInfo
    {
        public int Cores { get; } = Environment.ProcessorCount;

        public string? Processor { get; } = ReadProcessorName();

        public string OperatingSystem { get; } = $"{RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}";

        public string Runtime { get; } = RuntimeInformation.FrameworkDescription;

        public string GarbageCollector { get; } = GCSettings.IsServerGC ? "server" : "workstation";

        public string Roslyn { get; } = InformationalVersion(typeof(CSharpCompilation).Assembly);

        /// <summary>The 1, 5 and 15 minute load averages when the run started, where the OS tells them (Linux).</summary>
        public string? LoadAtStart { get; } = ReadLoadAverage();

        /// <summary>
        /// Load averages now. On a shared machine they say how far to trust the numbers: with the load above
        /// the core count, every run also waits for the CPU and the times grow noisy.
        /// </summary>
        public static string? ReadLoadAverage()
        {
            const string LoadAverage = "/proc/loadavg";
            return File.Exists(LoadAverage) ? string.Join(' ', File.ReadAllText(LoadAverage).Split(' ').Take(3)) : null;
        }

        public override string ToString() =>
            $"{Cores} cores{(Processor is null ? string.Empty : $" ({Processor})")}, {OperatingSystem}, {Runtime}, {GarbageCollector} GC, Roslyn {Roslyn}";

        public static string InformationalVersion(Assembly assembly) =>
            assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";

        /// <summary>The CPU model where the OS tells it in a file (Linux); elsewhere none rather than a guess.</summary>
        private static string? ReadProcessorName()
        {
            const string CpuInfo = "/proc/cpuinfo";
            if (!File.Exists(CpuInfo))
            {
                return null;
            }

            var modelLine = File.ReadLines(CpuInfo).FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal));
            return modelLine?.Split(':', 2)[1].Trim();
        }
    }
}
