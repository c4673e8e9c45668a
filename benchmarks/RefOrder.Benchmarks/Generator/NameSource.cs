using System.Globalization;

namespace RefOrder.Benchmarks.Generator
{
    /// <summary>
    /// Fresh local names for one block. The block index is part of every name, so blocks can be packed into
    /// methods of any length without two locals colliding.
    /// </summary>
    internal sealed class NameSource
    {
        private readonly int _block;
        private int _next;

        public NameSource(int block) => _block = block;

        public string Next(string prefix) =>
            string.Create(CultureInfo.InvariantCulture, $"{prefix}{_block}_{_next++}");
    }
}
