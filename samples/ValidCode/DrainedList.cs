using RefOrder;

namespace ValidCode
{
    [RefCounted]
    public sealed class Work
    {
        public Work? Next;

        public int Cost;
    }

    /// <summary>A list drained head by head: take the head under the lock with a reference, unlink it, unlock, use it, put it.</summary>
    public sealed class WorkQueue
    {
        [LiveUnderLock("queue")] public Work? Head;

        [Locks("queue")] public void Lock() { }

        [Unlocks("queue")] public void Unlock() { }

        [Acquires("work")] public static void Get(Work work) { }

        [Releases("work")] public static void Put(Work work) { }

        [RequiresLock("queue")] public void Unlink(Work work) => Head = work.Next;

        public int DrainAll()
        {
            int cost = 0;
            while (true)
            {
                Lock();
                var head = Head;
                if (head == null)
                {
                    Unlock();
                    return cost;
                }

                Get(head);
                Unlink(head);
                Unlock();
                cost += head.Cost;
                Put(head);
            }
        }

        public int DrainTwo()
        {
            int cost = 0;
            Lock();
            var first = Head;
            if (first == null)
            {
                Unlock();
                return 0;
            }

            Get(first);
            Unlink(first);
            Unlock();
            cost += first.Cost;
            Put(first);

            Lock();
            var second = Head;
            if (second == null)
            {
                Unlock();
                return cost;
            }

            Get(second);
            Unlink(second);
            Unlock();
            cost += second.Cost;
            Put(second);
            return cost;
        }
    }
}
