using System;
using System.Collections.Generic;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>Collects indented lines of C#; <see cref="Block"/> writes a braced block so generators read like the code they emit.</summary>
    internal sealed class SourceWriter
    {
        private const int IndentWidth = 4;
        private readonly List<string> _lines = new List<string>();
        private int _depth;

        public SourceWriter(int depth = 0) => _depth = depth;

        public IReadOnlyList<string> Lines => _lines;

        public void Line(string text) => _lines.Add(text.Length == 0 ? text : new string(' ', _depth * IndentWidth) + text);

        /// <summary>
        /// Writes <paramref name="header"/> (if any), an opening brace, and, when disposed, the closing brace
        /// followed by <paramref name="closingSuffix"/> (<c>";"</c> after a lambda body).
        /// </summary>
        public IDisposable Block(string? header, string closingSuffix = "")
        {
            if (header != null)
            {
                Line(header);
            }

            Line("{");
            _depth++;
            return new Closer(this, "}" + closingSuffix);
        }

        /// <summary>Lines written inside the current block without braces (switch sections).</summary>
        public IDisposable Indented()
        {
            _depth++;
            return new Closer(this, closingLine: null);
        }

        public void AddRange(IEnumerable<string> preIndented) => _lines.AddRange(preIndented);

        private sealed class Closer : IDisposable
        {
            private readonly SourceWriter _writer;
            private readonly string? _closingLine;

            public Closer(SourceWriter writer, string? closingLine)
            {
                _writer = writer;
                _closingLine = closingLine;
            }

            public void Dispose()
            {
                _writer._depth--;
                if (_closingLine != null)
                {
                    _writer.Line(_closingLine);
                }
            }
        }
    }
}
