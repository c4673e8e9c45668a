using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RefOrder.Analyzers.Tests.Model;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// Every model file once, each with a variant that compiles it (the first in <see cref="ModelCompilation.Folders"/>'s
    /// order), so a fuzzed copy of the file can be analysed with the rest of that variant bound around it.
    /// </summary>
    internal static class ModelFiles
    {
        private static readonly ConcurrentDictionary<string, CSharpCompilation> Baselines = new ConcurrentDictionary<string, CSharpCompilation>();

        public static IReadOnlyList<ModelFile> All { get; } = ModelCompilation.Folders.Keys
            .SelectMany(variant => ModelCompilation.Sources(variant).Select(s => new ModelFile(variant, s.Path, s.Text)))
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

        public static CSharpCompilation Baseline(string variant) =>
            Baselines.GetOrAdd(variant, v => ModelCompilation.Compile(ModelCompilation.Sources(v)));
    }

    /// <summary>A model file and the variant it is analysed in.</summary>
    internal sealed record ModelFile(string Variant, string Path, string Text)
    {
        /// <summary>The variant with this file's text replaced by <paramref name="edited"/>, and the edited tree.</summary>
        public (Compilation Compilation, SyntaxTree Tree) With(string edited)
        {
            var baseline = ModelFiles.Baseline(Variant);
            var original = baseline.SyntaxTrees.Single(t => t.FilePath == Path);
            var tree = CSharpSyntaxTree.ParseText(edited, (CSharpParseOptions)original.Options, Path);
            return (baseline.ReplaceSyntaxTree(original, tree), tree);
        }
    }
}
