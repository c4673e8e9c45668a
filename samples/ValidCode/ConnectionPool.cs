using System;
using System.Threading.Tasks;
using RefOrder;

namespace ValidCode
{
    /// <summary>A pool: its references hold off its shutdown; each session belongs to one pool and is guarded by it.</summary>
    [RefCounted]
    public sealed class Pool
    {
        public int Open { get; set; }

        [Acquires("this")] public void Get() => Open++;

        [Releases("this")] public void Put() => Open--;
    }

    [RefCounted]
    [GuardedBy(nameof(Owner))]
    public sealed class Session
    {
        public Pool Owner { get; set; } = null!;

        public string Query { get; set; } = "";
    }

    public static class Sessions
    {
        [TryAcquires("return")]
        public static Session? Start([Live] Pool pool) => new Session { Owner = pool };

        [Releases("session")]
        public static void End(Session session) { }

        /// <summary>The session's reference goes before the pool's: the order the review asked for.</summary>
        [Releases("session")]
        [Releases("session.Owner")]
        public static void EndAndLeave(Session session)
        {
            var pool = session.Owner;
            End(session);
            pool.Put();
        }

        public static string Run([Live] Pool pool, string query)
        {
            pool.Get();
            var session = Start(pool);
            if (session == null)
            {
                pool.Put();
                return "";
            }

            session.Query = query;
            string result = session.Query.ToUpperInvariant();
            End(session);
            pool.Put();
            return result;
        }

        public static async Task<int> RunAsync([Live] Pool pool, string query)
        {
            var session = Start(pool);
            if (session == null)
            {
                return 0;
            }

            try
            {
                await Task.Yield();
                return session.Query.Length + query.Length;
            }
            finally
            {
                End(session);
            }
        }

        public static int RunMany([Live] Pool pool, string[] queries)
        {
            int done = 0;
            for (int i = 0; i < queries.Length; i++)
            {
                var session = Start(pool);
                if (session is null)
                {
                    break;
                }

                try
                {
                    if (queries[i].Length == 0)
                    {
                        continue;
                    }

                    session.Query = queries[i];
                    done++;
                }
                finally
                {
                    End(session);
                }
            }

            return done;
        }

        public static void Guarded([Live] Pool pool, Action<Session> work)
        {
            var session = Start(pool) ?? throw new InvalidOperationException("pool is shutting down");
            try
            {
                work(session);
            }
            finally
            {
                End(session);
            }
        }
    }
}
