using System.Collections;
using System.Collections.Generic;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>
    /// A dictionary that states share until one of them writes: <see cref="Share"/> is O(1), and the first write
    /// after it copies. Most blocks change a few facts of a few values, and most conditional edges change none, so
    /// the worklist's states mostly point at the same tables instead of each holding its own copy.
    /// </summary>
    internal sealed class CopyOnWriteMap<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
        where TKey : notnull
    {
        private Dictionary<TKey, TValue> _table;

        /// <summary>Whether no other map refers to <see cref="_table"/>, so it may be written in place.</summary>
        private bool _owned;

        public CopyOnWriteMap(int capacity = 0)
        {
            _table = new Dictionary<TKey, TValue>(capacity);
            _owned = true;
        }

        private CopyOnWriteMap(Dictionary<TKey, TValue> table)
        {
            _table = table;
            _owned = false;
        }

        public int Count => _table.Count;

        public Dictionary<TKey, TValue>.KeyCollection Keys => _table.Keys;

        public Dictionary<TKey, TValue>.ValueCollection Values => _table.Values;

        public TValue this[TKey key]
        {
            get => _table[key];
            set => Writable()[key] = value;
        }

        /// <summary>A second map with the same entries; both copy on their next write.</summary>
        public CopyOnWriteMap<TKey, TValue> Share()
        {
            _owned = false;
            return new CopyOnWriteMap<TKey, TValue>(_table);
        }

        /// <summary>True when both maps still point at one table: equal without a look at the entries.</summary>
        public bool SharesTableWith(CopyOnWriteMap<TKey, TValue> other) => ReferenceEquals(_table, other._table);

        public bool TryGetValue(TKey key, out TValue value) => _table.TryGetValue(key, out value!);

        public bool ContainsKey(TKey key) => _table.ContainsKey(key);

        public bool Remove(TKey key) => _table.ContainsKey(key) && Writable().Remove(key);

        public Dictionary<TKey, TValue>.Enumerator GetEnumerator() => _table.GetEnumerator();

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => _table.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _table.GetEnumerator();

        private Dictionary<TKey, TValue> Writable()
        {
            if (!_owned)
            {
                // Not the copy constructor: it sizes the copy to the entries alone (see Headroom).
                var copy = new Dictionary<TKey, TValue>(Headroom.For(_table.Count), _table.Comparer);
                foreach (var pair in _table)
                {
                    copy.Add(pair.Key, pair.Value);
                }

                _table = copy;
                _owned = true;
            }

            return _table;
        }
    }
}
