namespace RefOrder.Benchmarks.Generator.Blocks
{
    /// <summary>
    /// Blocks around contracts the code must keep on every path: references handed to a releasing function,
    /// stored into [HoldsRef] members, and put on error paths (RO0007, RO0009, RO0008).
    /// </summary>
    internal static class ContractBlocks
    {
        /// <summary>
        /// A [Releases] local function, the shape of a release helper (nfsd_file_put_local's callers hand their
        /// reference to one), given a reference taken on a borrowed pointer. The bug returns early without the
        /// put (RO0007 at the function's end).
        /// </summary>
        public static void ReleasingFunction(BlockContext c)
        {
            var w = c.Writer;
            var function = c.Name("Release");
            var parameter = c.Name("p");
            var flag = c.Name("flag");
            var (parameters, received) = c.Dialect.ReceiveFile(c, parameter);
            w.Line($"{c.Dialect.ReleasesPrefix(parameter)}void {function}({parameters}, int {flag})");
            using (w.Block(header: null))
            {
                w.Line($"Api.Touch({parameter}.Flags);");
                EarlyExit.Write(c, $"{flag} > {c.Small()}", SeededBug.ExitContract, () => c.Dialect.PutFile(c, received), "return;");

                w.Line($"{parameter}.Flags |= {flag};");
                c.Dialect.PutFile(c, received);
            }

            var file = c.Name("f");
            var held = c.Dialect.TryGetFile(c, file, "holder.Borrowed");
            using (w.Block($"if ({held.Succeeded})"))
            {
                w.Line($"{function}({c.Dialect.HandOverArguments(held)}, key);");
            }
        }

        /// <summary>
        /// References handed over to [HoldsRef] members: a file got on a borrowed pointer stored in the holder,
        /// a net pinned and stored as the file's pinned net. The bug stores the net without pinning it (RO0009).
        /// </summary>
        public static void HoldsRefStores(BlockContext c)
        {
            var w = c.Writer;
            var file = c.Name("f");
            var held = c.Dialect.TryGetFile(c, file, "holder.Borrowed");
            using (w.Block($"if ({held.Succeeded})"))
            {
                c.Dialect.StoreHeld(c, held, "holder.File");
            }

            using (w.Block($"if (key > {c.Small()})"))
            {
                if (c.Seed(SeededBug.HoldsRefStore))
                {
                    w.Line("nf.PinnedNet = live;");
                }
                else
                {
                    var pin = c.Dialect.PinNet(c, "live");
                    c.Dialect.StoreHeld(c, pin, "nf.PinnedNet");
                }
            }
        }

        /// <summary>A pin with an error return between take and put, the shape of an -ENOMEM exit. The bug returns without the put (RO0008).</summary>
        public static void ErrorPath(BlockContext c)
        {
            var w = c.Writer;
            var pin = c.Dialect.PinNet(c, "live");
            var users = c.Name("users");
            w.Line($"var {users} = Api.NetGeneric(live, key).Users;");
            EarlyExit.Write(c, $"{users} > {c.Small()}", SeededBug.Leak, () => c.Dialect.UnpinNet(c, pin), "return;");

            w.Line($"Api.Touch({users});");
            c.Dialect.UnpinNet(c, pin);
        }
    }
}
