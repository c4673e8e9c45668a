namespace RefOrder.Benchmarks.Generator.Blocks
{
    /// <summary>Blocks where a file and its guarding namespace are both held: the put order RO0001 is about.</summary>
    internal static class GuardBlocks
    {
        /// <summary>
        /// nfsd_file_put_local's shape: take the nfsd_net guard under RCU, acquire a file in that net, then
        /// put the file before the guard. The bug puts the guard first (RO0001).
        /// </summary>
        public static void GuardedPair(BlockContext c)
        {
            var w = c.Writer;
            w.Line("Api.RcuReadLock();");
            var guard = c.Dialect.TryGetGuard(c, "live");
            using (w.Block($"if ({guard.Succeeded})"))
            {
                w.Line("Api.RcuReadUnlock();");
                var file = c.Name("g");
                var held = c.Dialect.AcquireFile(c, file, "live");
                using (w.Block($"if ({held.Succeeded})"))
                {
                    w.Line($"Api.NetGeneric({file}.NfNet, key);");
                    var savedNet = c.Name("n");
                    w.Line($"var {savedNet} = {file}.NfNet;");
                    if (c.Seed(SeededBug.PutOrder))
                    {
                        PutGuardUnderRcu(c, guard, savedNet);
                        c.Dialect.PutFile(c, held);
                    }
                    else
                    {
                        c.Dialect.PutFile(c, held);
                        PutGuardUnderRcu(c, guard, savedNet);
                    }
                }

                using (w.Block("else"))
                {
                    PutGuardUnderRcu(c, guard, "live");
                }
            }

            using (w.Block("else"))
            {
                w.Line("Api.RcuReadUnlock();");
            }
        }

        /// <summary>
        /// A switch whose sections pin and return early, get and return on failure, read under the GC lock,
        /// or read a pinned net. Bugs: the early return forgets the unpin (a leak), or the default section
        /// reads the unpinned net (RO0004).
        /// </summary>
        public static void SwitchWithReturns(BlockContext c)
        {
            var w = c.Writer;
            using (w.Block($"switch ((key + {c.Small()}) % 4)"))
            {
                w.Line("case 0:");
                using (w.Indented())
                {
                    var pin = c.Dialect.PinNet(c, "live");
                    w.Line($"Api.NetGeneric(live, {c.Small()});");
                    if (!c.Seed(SeededBug.Leak))
                    {
                        c.Dialect.UnpinNet(c, pin);
                    }

                    w.Line("return;");
                }

                w.Line("case 1:");
                using (w.Indented())
                {
                    var file = c.Name("f");
                    var held = c.Dialect.TryGetFile(c, file, "nf.Next");
                    using (w.Block($"if ({held.Failed})"))
                    {
                        w.Line("return;");
                    }

                    w.Line($"Api.Touch({file}.Flags);");
                    c.Dialect.PutFile(c, held);
                    w.Line("break;");
                }

                w.Line($"case 2 when key > {c.Small()}:");
                using (w.Indented())
                {
                    w.Line("Api.GcLock();");
                    w.Line("Api.NetGeneric(nf.LockedNet, key);");
                    w.Line("Api.GcUnlock();");
                    w.Line("break;");
                }

                w.Line("default:");
                using (w.Indented())
                {
                    var net = c.Seed(SeededBug.NotLive) ? "nf.NfNet" : "nf.PinnedNet";
                    w.Line($"Api.NetGeneric({net}, key);");
                    w.Line("break;");
                }
            }
        }

        private static void PutGuardUnderRcu(BlockContext c, HeldRef guard, string savedNet)
        {
            c.Writer.Line("Api.RcuReadLock();");
            c.Dialect.PutGuard(c, guard, savedNet);
            c.Writer.Line("Api.RcuReadUnlock();");
        }
    }
}
