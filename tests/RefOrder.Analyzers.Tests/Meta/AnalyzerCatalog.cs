using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Rules;

namespace RefOrder.Analyzers.Tests.Meta
{
    /// <summary>
    /// What the RefOrder.Analyzers assembly offers, found by reflection so that new rules are covered by the
    /// meta-tests without being listed anywhere: the descriptor fields of <see cref="Descriptors"/> and every
    /// concrete <see cref="DiagnosticAnalyzer"/>.
    /// </summary>
    internal static class AnalyzerCatalog
    {
        public static IEnumerable<FieldInfo> DescriptorFields() =>
            typeof(Descriptors)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.FieldType == typeof(DiagnosticDescriptor));

        public static DiagnosticDescriptor DescriptorField(string name) =>
            (DiagnosticDescriptor)typeof(Descriptors).GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        public static DiagnosticDescriptor Descriptor(FieldInfo field) => (DiagnosticDescriptor)field.GetValue(null)!;

        public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
            typeof(Descriptors).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
                .Where(type => type.GetConstructor(Type.EmptyTypes) != null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();

        /// <summary>The declared descriptors and those the analyzers support (normally the same objects).</summary>
        public static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
            DescriptorFields().Select(Descriptor).Concat(Analyzers().SelectMany(analyzer => analyzer.SupportedDiagnostics));
    }
}
