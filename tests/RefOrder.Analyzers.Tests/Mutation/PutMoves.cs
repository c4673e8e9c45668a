using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RefOrder.Analyzers.Tests.Mutation
{
    /// <summary>One mutant: a block of a method with one put (or one put with its lock bracket) moved elsewhere in it.</summary>
    internal sealed record Mutant(string Method, string Move, BlockSyntax Block, SyntaxList<StatementSyntax> Statements);

    /// <summary>
    /// Finds the puts and generates every single move of one within its block. A put is an expression statement
    /// calling a method with [Releases] (read through the semantic model); a put with its lock bracket is a put whose
    /// neighbours are a [Locks(L)] call before and an [Unlocks(L)] call after (<c>RcuReadLock(); NfsdNetPut(net);
    /// RcuReadUnlock();</c>), moved as one, which is how the v2 bug moved it.
    /// </summary>
    internal static class PutMoves
    {
        /// <summary>Methods whose own body (not a lambda's) releases an object of a [GuardedBy] type and a guard reference of such an object.</summary>
        public static bool ReleasesObjectAndGuard(BaseMethodDeclarationSyntax method, SemanticModel model)
        {
            var guards = GuardKinds(model.Compilation);
            var releases = OwnNodes(method).OfType<InvocationExpressionSyntax>()
                .Select(i => model.GetSymbolInfo(i).Symbol as IMethodSymbol)
                .Where(m => m != null)
                .SelectMany(m => ContractReader.Releases(m!).Select(r => (Type: TargetType(m!, r.Target), r.Counter)))
                .ToList();
            return releases.Any(r => ContractReader.GuardOf(r.Type) != null)
                && releases.Any(r => r.Type != null && guards.Contains((TypeName(r.Type), r.Counter ?? ContractReader.DefaultCounter(r.Type))));
        }

        public static IEnumerable<Mutant> Moves(BaseMethodDeclarationSyntax method, SemanticModel model)
        {
            var name = method is MethodDeclarationSyntax m ? m.Identifier.ValueText : method.ToString();
            foreach (var block in OwnNodes(method).OfType<BlockSyntax>().Where(b => b.Statements.Count >= 2))
            {
                var statements = block.Statements;
                int line = block.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                for (int i = 0; i < statements.Count; i++)
                {
                    if (!IsPut(statements[i], model))
                    {
                        continue;
                    }

                    foreach (var mutant in MoveRange(name, block, line, i, 1))
                    {
                        yield return mutant;
                    }

                    if (i > 0 && i + 1 < statements.Count && Lock(statements[i - 1], model, "LocksAttribute") is { } taken
                        && taken == Lock(statements[i + 1], model, "UnlocksAttribute"))
                    {
                        foreach (var mutant in MoveRange(name, block, line, i - 1, 3))
                        {
                            yield return mutant;
                        }
                    }
                }
            }
        }

        /// <summary>Statements [start, start + count) moved to every other position of the block.</summary>
        private static IEnumerable<Mutant> MoveRange(string method, BlockSyntax block, int line, int start, int count)
        {
            var moved = block.Statements.Skip(start).Take(count).ToList();
            var rest = block.Statements.Take(start).Concat(block.Statements.Skip(start + count)).ToList();
            var what = string.Join(" ", moved.Select(s => s.ToString()));
            for (int to = 0; to <= rest.Count; to++)
            {
                if (to == start)
                {
                    continue; // where it already is
                }

                var order = rest.Take(to).Concat(moved).Concat(rest.Skip(to));
                yield return new Mutant(method, $"'{what}' from {start} to {to} in the block at line {line}", block, SyntaxFactory.List(order));
            }
        }

        private static bool IsPut(StatementSyntax statement, SemanticModel model) =>
            statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call }
            && model.GetSymbolInfo(call).Symbol is IMethodSymbol method
            && ContractReader.Releases(method).Count > 0;

        private static string? Lock(StatementSyntax statement, SemanticModel model, string attribute) =>
            statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call } && model.GetSymbolInfo(call).Symbol is IMethodSymbol method
                ? ContractReader.Lock(method, attribute)
                : null;

        /// <summary>The nodes of the method's own body: lambdas and local functions are bodies of their own.</summary>
        private static IEnumerable<SyntaxNode> OwnNodes(BaseMethodDeclarationSyntax method) =>
            ((SyntaxNode?)method.Body ?? method.ExpressionBody)?.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)) ?? Enumerable.Empty<SyntaxNode>();

        /// <summary>(type, counter) of every guard some [GuardedBy] in the compilation names.</summary>
        private static HashSet<(string, string)> GuardKinds(Compilation compilation)
        {
            var kinds = new HashSet<(string, string)>();
            foreach (var type in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>())
            {
                if (ContractReader.GuardOf(type) is { } guard)
                {
                    var memberType = type.GetMembers(guard.Member).Select(m => m switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null }).FirstOrDefault(t => t != null);
                    if (memberType != null)
                    {
                        kinds.Add((TypeName(memberType), guard.Counter));
                    }
                }
            }

            return kinds;
        }

        private static string TypeName(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();

        private static ITypeSymbol? TargetType(IMethodSymbol method, string target)
        {
            var segments = target.Split('.');
            ITypeSymbol? type = segments[0] switch
            {
                "this" => method.ContainingType,
                "return" => method.ReturnType,
                _ => method.Parameters.FirstOrDefault(p => p.Name == segments[0])?.Type,
            };
            foreach (var member in segments.Skip(1))
            {
                type = type?.GetMembers(member).Select(m => m switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null }).FirstOrDefault(t => t != null);
            }

            return type;
        }
    }
}
