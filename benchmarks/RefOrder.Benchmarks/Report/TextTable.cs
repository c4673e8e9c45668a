using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace RefOrder.Benchmarks.Report
{
    /// <summary>A plain-text table: the first column left-aligned, the rest right-aligned, widths fitted to the cells.</summary>
    internal sealed class TextTable
    {
        private readonly string[] _headers;
        private readonly List<string[]> _rows = new List<string[]>();

        public TextTable(params string[] headers) => _headers = headers;

        public void Add(params string[] cells)
        {
            if (cells.Length != _headers.Length)
            {
                throw new ArgumentException($"A row needs {_headers.Length} cells, not {cells.Length}.");
            }

            _rows.Add(cells);
        }

        public override string ToString()
        {
            var widths = _headers
                .Select((header, column) => _rows.Select(row => row[column].Length).Append(header.Length).Max())
                .ToArray();
            var text = new StringBuilder();
            AppendRow(text, _headers, widths);
            text.AppendLine(string.Join("  ", widths.Select(width => new string('-', width))));
            foreach (var row in _rows)
            {
                AppendRow(text, row, widths);
            }

            return text.ToString();
        }

        private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, IReadOnlyList<int> widths)
        {
            var padded = cells.Select((cell, column) => column == 0 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]));
            text.AppendLine(string.Join("  ", padded).TrimEnd());
        }
    }
}
