namespace RefOrder.Benchmarks.Generator.Blocks
{
    /// <summary>Blocks around file references: nfsd_file_get on borrowed pointers, held files, lambdas and using scopes.</summary>
    internal static class FileBlocks
    {
        /// <summary>nfsd_file_get on a borrowed pointer, used under a branch. The bug reads the file after the put (RO0003).</summary>
        public static void GetUsePut(BlockContext c)
        {
            var w = c.Writer;
            var file = c.Name("f");
            var held = c.Dialect.TryGetFile(c, file, "holder.Borrowed");
            using (w.Block($"if ({held.Succeeded})"))
            {
                w.Line($"{file}.Flags |= {c.Small()};");
                using (w.Block($"if ({file}.Flags > key)"))
                {
                    w.Line($"Api.Touch({file}.Next?.Flags);");
                }

                c.Dialect.PutFile(c, held);
                if (c.Seed(SeededBug.UseAfterPut))
                {
                    w.Line($"Api.Touch({file}.Flags);");
                }
            }
        }

        /// <summary>Lookups in a loop with continue and break. The bug leaks the reference on the break path (no rule, see <see cref="SeededBug.LeakAtJoin"/>).</summary>
        public static void LookupLoop(BlockContext c)
        {
            var w = c.Writer;
            var i = c.Name("i");
            var file = c.Name("f");
            using (w.Block($"for (var {i} = 0; {i} < key; {i}++)"))
            {
                var held = c.Dialect.TryGetFile(c, file, $"Api.Lookup({i})");
                using (w.Block($"if ({held.Failed})"))
                {
                    w.Line("continue;");
                }

                EarlyExit.Write(c, $"{file}.Flags == {i}", SeededBug.LeakAtJoin, () => c.Dialect.PutFile(c, held), "break;");

                w.Line($"Api.Touch({file});");
                c.Dialect.PutFile(c, held);
            }

            // The loop never ends the method: a break then always rejoins the loop's normal exit before any
            // exit of the method, so the seeded leak is a LeakAtJoin wherever the block lands.
            w.Line("Api.Touch(key);");
        }

        /// <summary>
        /// A file from a [HoldsRef] member taken under a using scope. The bug takes it from a lookup nobody
        /// vouches for (RO0002). Not from the holder's borrowed member: other blocks of the method get and
        /// store that one (which can make it live) or read it afterwards (a second finding, RO0003, after this put).
        /// </summary>
        public static void UsingScope(BlockContext c)
        {
            var w = c.Writer;
            var scope = c.Name("scope");
            using (w.Block($"using (var {scope} = new Scope(key))"))
            {
                var file = c.Name("f");
                var source = c.Seed(SeededBug.LatePin) ? "Api.Lookup(key)!" : "holder.File";
                w.Line($"var {file} = {source};");
                var held = c.Dialect.GetLiveFile(c, file);
                w.Line($"{scope}.Count += {file}.Flags;");
                c.Dialect.PutFile(c, held);
            }
        }

        /// <summary>Held files of a [HoldsRef] collection. The bug passes a file's unpinned net to net_generic (RO0004).</summary>
        public static void HeldFiles(BlockContext c)
        {
            var w = c.Writer;
            var element = c.Name("e");
            using (w.Block($"foreach (var {element} in holder.Files)"))
            {
                using (w.Block($"if ({element}.Flags == {c.Small()})"))
                {
                    w.Line("continue;");
                }

                var held = c.Dialect.GetLiveFile(c, element);
                var net = c.Seed(SeededBug.NotLive) ? $"{element}.NfNet" : $"{element}.PinnedNet";
                w.Line($"Api.NetGeneric({net}, {element}.Flags);");
                c.Dialect.PutFile(c, held);
            }
        }

        /// <summary>A lambda with its own get and put. The bug returns a member read after the put (RO0003).</summary>
        public static void Lambda(BlockContext c)
        {
            var w = c.Writer;
            var function = c.Name("fn");
            var key = c.Name("k");
            w.Line($"System.Func<int, int> {function} = {key} =>");
            using (w.Block(header: null, closingSuffix: ";"))
            {
                var file = c.Name("f");
                var held = c.Dialect.TryGetFile(c, file, $"Api.Lookup({key})");
                using (w.Block($"if ({held.Failed})"))
                {
                    w.Line("return 0;");
                }

                if (c.Seed(SeededBug.UseAfterPut))
                {
                    c.Dialect.PutFile(c, held);
                    w.Line($"return {file}.Flags;");
                }
                else
                {
                    var flags = c.Name("flags");
                    w.Line($"var {flags} = {file}.Flags;");
                    c.Dialect.PutFile(c, held);
                    w.Line($"return {flags};");
                }
            }

            w.Line($"Api.Touch({function}(key));");
        }

        /// <summary>Pattern matching and conditional access on a borrowed file: no reference work, the neutral code around it.</summary>
        public static void Patterns(BlockContext c)
        {
            var w = c.Writer;
            var borrowed = c.Name("b");
            using (w.Block($"if (holder.Borrowed is {{ Flags: > {c.Small()} }} {borrowed})"))
            {
                w.Line($"Api.Touch({borrowed}.Next?.Flags);");
            }
        }
    }
}
