using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine;
using RefOrder.Analyzers.Engine.Lowering;
using RefOrder.Analyzers.Tests.Meta;

namespace RefOrder.Analyzers.Tests.Model
{
    /// <summary>
    /// The model's primitives (issue 10): methods whose reference or lock promises RO0007 does not check, because
    /// their bodies keep them by touching the count or the lock directly. They are trusted, not hidden:
    /// docs/model.md lists exactly the ones the engine finds in every variant.
    /// </summary>
    public class PrimitivesTests
    {
        private static readonly Regex Listed = new Regex(@"^- `([A-Za-z0-9_.]+)` \(([^)]+)\)", RegexOptions.Multiline | RegexOptions.Compiled);

        [Fact]
        public void DocsModelListsExactlyTheModelsPrimitives()
        {
            var found = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var variant in ModelCompilation.Folders.Keys)
            {
                found.UnionWith(Primitives(ModelCompilation.Compile(ModelCompilation.Sources(variant))));
            }

            var text = File.ReadAllText(RepositoryFiles.PathOf("docs", "model.md"));
            int start = text.IndexOf("## Primitives", StringComparison.Ordinal);
            Assert.True(start >= 0, "docs/model.md has no 'Primitives' section");
            int end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var section = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            var listed = new SortedSet<string>(Listed.Matches(section).Select(m => $"{m.Groups[1].Value} ({m.Groups[2].Value})"), StringComparer.Ordinal);

            Assert.True(found.SetEquals(listed), $"primitives found: {string.Join("; ", found)}\nlisted in docs/model.md: {string.Join("; ", listed)}");
        }

        /// <summary>"Method (promises)" for every method with a reference or lock contract some promise of which its body does not manage.</summary>
        private static IEnumerable<string> Primitives(Compilation compilation)
        {
            var contracts = ContractTable.For(compilation);
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
                {
                    if ((declaration.Body == null && declaration.ExpressionBody == null) || model.GetDeclaredSymbol(declaration) is not IMethodSymbol method)
                    {
                        continue;
                    }

                    var contract = contracts.GetMethod(method);
                    var promises = contract.Releases.Concat(contract.Acquires).Concat(contract.TryAcquires).Select(e => (Type: e.Target.Type, Name: e.Counter, Lock: false))
                        .Concat(contract.Locks.Concat(contract.Unlocks).Select(l => (Type: (ITypeSymbol?)null, Name: l, Lock: true)))
                        .ToList();
                    if (promises.Count == 0)
                    {
                        continue;
                    }

                    var managed = ManagedBy(method, declaration, model, contracts);
                    var trusted = promises.Where(p => managed == null || !(p.Lock ? managed.ManagesLock(p.Name) : managed.Manages(p.Type, p.Name)))
                        .Select(p => p.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
                    if (trusted.Count > 0)
                    {
                        yield return $"{method.ContainingType.Name}.{method.Name} ({string.Join(", ", trusted)})";
                    }
                }
            }
        }

        /// <summary>What the body manages, or null when it calls nothing with a contract (then it is not analysed at all).</summary>
        private static RefOrder.Analyzers.Engine.Transfer.ManagedCounts? ManagedBy(IMethodSymbol method, MethodDeclarationSyntax declaration, SemanticModel model, ContractTable contracts)
        {
            var body = model.GetOperation(declaration);
            if (body == null || !contracts.TouchesContracts(body) || ControlFlowGraph.Create(declaration, model) is not { } graph)
            {
                return null;
            }

            return FlowAnalysis.ManagedCountersAndLocks(BodyLowerer.Lower(graph, method, contracts));
        }
    }
}
