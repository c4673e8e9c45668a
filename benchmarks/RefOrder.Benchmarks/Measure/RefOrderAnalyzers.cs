using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// RefOrder's analyzers, found by reflection in the referenced RefOrder.Analyzers assembly the way the
    /// compiler finds them: every concrete <see cref="DiagnosticAnalyzer"/> marked [DiagnosticAnalyzer] for C#.
    /// New rules are measured as soon as they exist; with none yet, RefOrder's columns read n/a.
    /// </summary>
    internal static class RefOrderAnalyzers
    {
        private const string AssemblyName = "RefOrder.Analyzers";

        private static readonly IReadOnlyList<Type> Types = Discover();

        public static IReadOnlyList<string> TypeNames { get; } = Types.Select(type => type.FullName ?? type.Name).ToList();

        public static bool Any => Types.Count > 0;

        /// <summary>New instances for one run, so no analyzer state or telemetry is shared between runs.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Create() =>
            Types.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type, nonPublic: true)!).ToImmutableArray();

        private static List<Type> Discover()
        {
            var assembly = Assembly.Load(new AssemblyName(AssemblyName));
            return LoadableTypes(assembly)
                .Where(type => type.IsClass && !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
                .Where(type => type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(attribute => attribute.Languages.Contains(LanguageNames.CSharp)))
                .Where(type => type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) != null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .ToList();
        }

        internal static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException partial)
            {
                // Types that need assemblies absent here (code fixes need Workspaces) are skipped.
                return partial.Types.OfType<Type>();
            }
        }
    }
}
