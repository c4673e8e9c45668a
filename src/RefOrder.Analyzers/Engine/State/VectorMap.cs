using System;
using System.Collections;
using System.Collections.Generic;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>
    /// A map kept as one array sorted by a 64-bit key, shared between states until one writes (then the array is
    /// copied, with room to grow). The engine's maps are small and keyed by small numbers (value ids, member ids),
    /// so a copy is one block move and a look-up a binary search over a few dozen entries: much cheaper than copying
    /// and rehashing a dictionary at every block that changes a fact. Enumeration is in key order, so it is
    /// deterministic.
    /// </summary>
    internal sealed class VectorMap<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
        where TKey : notnull
    {
        private readonly Func<TKey, long> _order;
        private KeyValuePair<TKey, TValue>[] _items;
        private long[] _keys;
        private int _count;
        private bool _owned;

        /// <param name="order">A key's sort key; distinct keys must have distinct sort keys.</param>
        public VectorMap(Func<TKey, long> order, int capacity = 0)
        {
            _order = order;
            _items = capacity == 0 ? Array.Empty<KeyValuePair<TKey, TValue>>() : new KeyValuePair<TKey, TValue>[capacity];
            _keys = capacity == 0 ? Array.Empty<long>() : new long[capacity];
            _owned = true;
        }

        private VectorMap(VectorMap<TKey, TValue> shared)
        {
            _order = shared._order;
            _items = shared._items;
            _keys = shared._keys;
            _count = shared._count;
            _owned = false;
        }

        public int Count => _count;

        public TValue this[TKey key]
        {
            get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException();
            set
            {
                long k = _order(key);
                int at = Array.BinarySearch(_keys, 0, _count, k);
                Writable(at < 0 ? 1 : 0);
                if (at >= 0)
                {
                    _items[at] = new KeyValuePair<TKey, TValue>(key, value);
                    return;
                }

                at = ~at;
                Array.Copy(_items, at, _items, at + 1, _count - at);
                Array.Copy(_keys, at, _keys, at + 1, _count - at);
                _items[at] = new KeyValuePair<TKey, TValue>(key, value);
                _keys[at] = k;
                _count++;
            }
        }

        /// <summary>A second map with the same entries; both copy on their next write.</summary>
        public VectorMap<TKey, TValue> Share()
        {
            _owned = false;
            return new VectorMap<TKey, TValue>(this);
        }

        /// <summary>The same keys with equal values: both arrays are in key order, so one pass side by side.</summary>
        public bool SameAs(VectorMap<TKey, TValue> other, Func<TValue, TValue, bool> equal)
        {
            if (_count != other._count)
            {
                return false;
            }

            if (ReferenceEquals(_items, other._items))
            {
                return true;
            }

            for (int i = 0; i < _count; i++)
            {
                if (_keys[i] != other._keys[i] || !equal(_items[i].Value, other._items[i].Value))
                {
                    return false;
                }
            }

            return true;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int at = Array.BinarySearch(_keys, 0, _count, _order(key));
            if (at >= 0)
            {
                value = _items[at].Value;
                return true;
            }

            value = default!;
            return false;
        }

        public bool ContainsKey(TKey key) => Array.BinarySearch(_keys, 0, _count, _order(key)) >= 0;

        public bool Remove(TKey key)
        {
            int at = Array.BinarySearch(_keys, 0, _count, _order(key));
            if (at < 0)
            {
                return false;
            }

            Writable(0);
            _count--;
            Array.Copy(_items, at + 1, _items, at, _count - at);
            Array.Copy(_keys, at + 1, _keys, at, _count - at);
            _items[_count] = default;
            return true;
        }

        public Enumerator GetEnumerator() => new Enumerator(_items, _count);

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Makes the arrays this map's own, with room for <paramref name="adding"/> more entries.</summary>
        private void Writable(int adding)
        {
            int needed = _count + adding;
            if (_owned && needed <= _items.Length)
            {
                return;
            }

            int capacity = Math.Max(needed, _owned ? _items.Length * 2 : Headroom.For(_count));
            var items = new KeyValuePair<TKey, TValue>[capacity];
            var keys = new long[capacity];
            Array.Copy(_items, items, _count);
            Array.Copy(_keys, keys, _count);
            _items = items;
            _keys = keys;
            _owned = true;
        }

        /// <summary>Enumerates in key order. As with a dictionary, the map must not be written meanwhile.</summary>
        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private readonly KeyValuePair<TKey, TValue>[] _items;
            private readonly int _count;
            private int _index;

            internal Enumerator(KeyValuePair<TKey, TValue>[] items, int count)
            {
                _items = items;
                _count = count;
                _index = -1;
            }

            public KeyValuePair<TKey, TValue> Current => _items[_index];

            object IEnumerator.Current => Current;

            public bool MoveNext() => ++_index < _count;

            public void Reset() => _index = -1;

            public void Dispose()
            {
            }
        }
    }
}
