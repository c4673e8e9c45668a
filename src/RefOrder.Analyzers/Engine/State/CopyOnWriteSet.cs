using System.Collections;
using System.Collections.Generic;

namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>A set that states share until one of them writes (the locks held; see <see cref="CopyOnWriteMap{TKey, TValue}"/>).</summary>
    internal sealed class CopyOnWriteSet<T> : IEnumerable<T>
    {
        private HashSet<T> _set;
        private bool _owned;

        public CopyOnWriteSet()
        {
            _set = new HashSet<T>();
            _owned = true;
        }

        private CopyOnWriteSet(HashSet<T> set)
        {
            _set = set;
            _owned = false;
        }

        public int Count => _set.Count;

        public CopyOnWriteSet<T> Share()
        {
            _owned = false;
            return new CopyOnWriteSet<T>(_set);
        }

        public bool Contains(T item) => _set.Contains(item);

        public bool Add(T item) => !_set.Contains(item) && Writable().Add(item);

        public bool Remove(T item) => _set.Contains(item) && Writable().Remove(item);

        public bool SetEquals(CopyOnWriteSet<T> other) => ReferenceEquals(_set, other._set) || _set.SetEquals(other._set);

        public HashSet<T>.Enumerator GetEnumerator() => _set.GetEnumerator();

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => _set.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _set.GetEnumerator();

        private HashSet<T> Writable()
        {
            if (!_owned)
            {
                _set = new HashSet<T>(_set, _set.Comparer);
                _owned = true;
            }

            return _set;
        }
    }
}
