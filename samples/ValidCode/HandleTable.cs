using System.Collections.Generic;
using RefOrder;

namespace ValidCode
{
    [RefCounted]
    public sealed class Handle
    {
        public int Id { get; set; }

        public long Position { get; set; }
    }

    /// <summary>A table of handles: look-ups hand out a reference through an out parameter, or null.</summary>
    public sealed class HandleTable
    {
        private readonly Dictionary<int, Handle> _handles = new Dictionary<int, Handle>();

        [TryAcquires("handle")]
        public bool TryOpen(int id, out Handle handle)
        {
            if (_handles.TryGetValue(id, out var found))
            {
                handle = found;
                return true;
            }

            handle = null!;
            return false;
        }

        [TryAcquires("return")]
        public Handle? Find(int id) => _handles.TryGetValue(id, out var h) ? h : null;

        [Releases("handle")]
        public void Close(Handle handle) => _handles.Remove(handle.Id);

        public static long Seek(HandleTable table, int id, long offset)
        {
            if (!table.TryOpen(id, out var handle))
            {
                return -1;
            }

            try
            {
                if (offset < 0)
                {
                    return handle.Position;
                }

                handle.Position += offset;
                return handle.Position;
            }
            finally
            {
                table.Close(handle);
            }
        }

        public static long SumPositions(HandleTable table, IEnumerable<int> ids)
        {
            long sum = 0;
            foreach (var id in ids)
            {
                var handle = table.Find(id);
                if (handle is null)
                {
                    continue;
                }

                sum += handle.Position;
                table.Close(handle);
            }

            return sum;
        }

        public static void CloseIfOpen(HandleTable table, int id, bool keep)
        {
            Handle? handle = table.Find(id);
            if (handle == null)
            {
                return;
            }

            if (!keep)
            {
                table.Close(handle);
                handle = null;
            }

            if (handle != null)
            {
                handle.Position = 0;
                table.Close(handle);
            }
        }
    }
}
