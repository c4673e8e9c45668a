using System;
using System.Text;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// Renders generated code: indentation, and fresh local names (<c>v0</c>, <c>v1</c>, …) handed out in rendering
    /// order, so the same generated tree always prints the same text and no two declarations collide.
    /// </summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _indent;
        private int _names;

        public string Fresh() => "v" + _names++;

        public void Line(string line) => _text.Append(' ', 4 * _indent).Append(line).Append('\n');

        /// <summary>A braced block at one more level of indentation.</summary>
        public void Block(Action<CodeWriter> body)
        {
            Line("{");
            _indent++;
            body(this);
            _indent--;
            Line("}");
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>A piece of generated code: it writes itself, drawing fresh names from the writer as it goes.</summary>
    internal sealed class Code
    {
        private readonly Action<CodeWriter> _write;

        public Code(Action<CodeWriter> write) => _write = write;

        public void WriteTo(CodeWriter writer) => _write(writer);

        /// <summary>Straight-line text; <c>{x}</c>, <c>{y}</c> are replaced by two fresh names when it is written.</summary>
        public static Code Text(params string[] lines) => new Code(w =>
        {
            var x = lines.Length > 0 && string.Join("", lines).Contains("{x}", StringComparison.Ordinal) ? w.Fresh() : "";
            var y = string.Join("", lines).Contains("{y}", StringComparison.Ordinal) ? w.Fresh() : "";
            foreach (var line in lines)
            {
                w.Line(line.Replace("{x}", x, StringComparison.Ordinal).Replace("{y}", y, StringComparison.Ordinal));
            }
        });
    }
}
