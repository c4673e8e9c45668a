using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// CA2000 (DisposeObjectsBeforeLosingScope) from the Microsoft.CodeAnalysis.NetAnalyzers package. The
    /// project copies the package's C# analyzer assemblies to <c>netanalyzers/</c> next to the benchmark;
    /// they are netstandard2.0 assemblies built against an older Microsoft.CodeAnalysis, which binds to the
    /// benchmark's newer one when loaded into the default context.
    /// </summary>
    internal static class Ca2000Analyzer
    {
        public const string RuleId = "CA2000";

        private const string AnalyzerDirectory = "netanalyzers";
        private const string AssemblyFile = "Microsoft.CodeAnalysis.NetAnalyzers.dll";
        private const string TypeName = "Microsoft.NetCore.Analyzers.Runtime.DisposeObjectsBeforeLosingScope";

        private static readonly Lazy<Type> AnalyzerType = new Lazy<Type>(Load);

        /// <summary>The package version, from the loaded assembly's informational version (without the commit hash).</summary>
        public static string Version
        {
            get
            {
                var informational = AnalyzerType.Value.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
                return informational?.Split('+')[0] ?? AnalyzerType.Value.Assembly.GetName().Version?.ToString() ?? "unknown";
            }
        }

        public static DiagnosticAnalyzer Create() => (DiagnosticAnalyzer)Activator.CreateInstance(AnalyzerType.Value)!;

        private static Type Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, AnalyzerDirectory, AssemblyFile);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"{AssemblyFile} is not in the build output; restore the Microsoft.CodeAnalysis.NetAnalyzers package and rebuild.", path);
            }

            var type = Assembly.LoadFrom(path).GetType(TypeName, throwOnError: true)!;
            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            if (!analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id == RuleId))
            {
                throw new InvalidOperationException($"{TypeName} in {path} does not report {RuleId}.");
            }

            return type;
        }
    }
}
