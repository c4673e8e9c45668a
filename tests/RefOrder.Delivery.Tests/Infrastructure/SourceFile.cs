using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RefOrder.Delivery.Tests.Infrastructure
{
    /// <summary>
    /// A C# file on disk, read with Roslyn's parser, for turning the positions that build output and SARIF
    /// give into what a reader checks: the method they lie in and the code they cover.
    /// </summary>
    internal sealed class SourceFile
    {
        private readonly SyntaxTree _tree;

        private SourceFile(string path, SyntaxTree tree)
        {
            Path = path;
            _tree = tree;
        }

        public string Path { get; }

        public SourceText Text => _tree.GetText();

        public static SourceFile Read(string path) =>
            new(path, CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path)), path: path));

        public static SourceFile From(SyntaxTree tree) => new(tree.FilePath, tree);

        /// <summary>The position of a 1-based line and column, as compilers print them.</summary>
        public int PositionOf(int line, int column) => Text.Lines[line - 1].Start + column - 1;

        /// <summary>The code between two 1-based line/column positions (SARIF regions end one column past it).</summary>
        public string TextBetween(int startLine, int startColumn, int endLine, int endColumn) =>
            Text.ToString(TextSpan.FromBounds(PositionOf(startLine, startColumn), PositionOf(endLine, endColumn)));

        /// <summary>The statements, as written, of the block in <paramref name="method"/> that holds <paramref name="statement"/>.</summary>
        public IReadOnlyList<string> BlockHolding(string method, string statement)
        {
            var body = _tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == method);
            var block = (BlockSyntax)body.DescendantNodes().OfType<StatementSyntax>().Single(s => s.ToString() == statement).Parent!;
            return block.Statements.Select(s => s.ToString()).ToList();
        }

        /// <summary>The name of the method, constructor, accessor's property or local function around a position.</summary>
        public string MemberAt(int position)
        {
            var node = _tree.GetRoot().FindToken(position).Parent;
            var member = node?.AncestorsAndSelf().FirstOrDefault(n => n is MethodDeclarationSyntax or ConstructorDeclarationSyntax or BasePropertyDeclarationSyntax or LocalFunctionStatementSyntax);
            return member switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                LocalFunctionStatementSyntax local => local.Identifier.ValueText,
                _ => throw new InvalidOperationException($"{Path}: no method around position {position}"),
            };
        }
    }
}
