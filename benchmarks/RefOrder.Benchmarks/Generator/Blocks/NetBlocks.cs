namespace RefOrder.Benchmarks.Generator.Blocks
{
    /// <summary>Blocks around namespace references: get_net/put_net pins, net_generic uses, and the pins' control flow.</summary>
    internal static class NetBlocks
    {
        /// <summary>Pin, use, unpin. The bug pins the net parameter nobody vouches for (RO0002).</summary>
        public static void PinAndUse(BlockContext c)
        {
            var w = c.Writer;
            var target = c.Seed(SeededBug.LatePin) ? "net" : "live";
            var pin = c.Dialect.PinNet(c, target);
            var id = c.Name("id");
            w.Line($"var {id} = {target}.Id + key;");
            w.Line($"Api.NetGeneric({target}, {id});");
            c.Dialect.UnpinNet(c, pin);
        }

        /// <summary>A pin held across a loop with continue and break.</summary>
        public static void PinnedLoop(BlockContext c)
        {
            var w = c.Writer;
            var pin = c.Dialect.PinNet(c, "live");
            var j = c.Name("j");
            w.Line($"var {j} = 0;");
            using (w.Block($"while ({j} < key)"))
            {
                w.Line($"{j}++;");
                using (w.Block($"if ({j} % 3 == 0)"))
                {
                    w.Line("continue;");
                }

                w.Line($"Api.NetGeneric(live, {j});");
                using (w.Block($"if ({j} > {c.Small()})"))
                {
                    w.Line("break;");
                }
            }

            c.Dialect.UnpinNet(c, pin);
        }

        /// <summary>A pin released in finally around code that may throw.</summary>
        public static void TryFinally(BlockContext c)
        {
            var w = c.Writer;
            var pin = c.Dialect.PinNet(c, "live");
            using (w.Block("try"))
            {
                var users = c.Name("users");
                w.Line($"var {users} = Api.NetGeneric(live, key).Users;");
                using (w.Block($"if ({users} > {c.Small()})"))
                {
                    w.Line("throw new System.InvalidOperationException(\"busy\");");
                }
            }

            using (w.Block("catch (System.InvalidOperationException)"))
            {
                w.Line("Api.Touch(live);");
            }

            using (w.Block("finally"))
            {
                c.Dialect.UnpinNet(c, pin);
            }
        }

        /// <summary>Branches that pin on one arm and read live members on the others.</summary>
        public static void Branches(BlockContext c)
        {
            var w = c.Writer;
            var bound = c.Small();
            using (w.Block($"if (key > {bound})"))
            {
                var pin = c.Dialect.PinNet(c, "live");
                w.Line($"Api.NetGeneric(live, {bound});");
                c.Dialect.UnpinNet(c, pin);
            }

            using (w.Block($"else if (key < -{bound})"))
            {
                w.Line("Api.NetGeneric(nf.PinnedNet, key);");
            }

            using (w.Block("else"))
            {
                w.Line("Api.Touch(nf.Flags);");
            }
        }

        /// <summary>A local function with its own [Live] parameter, pinned and used inside.</summary>
        public static void LocalFunction(BlockContext c)
        {
            var w = c.Writer;
            var function = c.Name("Local");
            var parameter = c.Name("p");
            using (w.Block($"int {function}({c.Dialect.LiveParameter}Net {parameter})"))
            {
                var pin = c.Dialect.PinNet(c, parameter);
                var users = c.Name("users");
                w.Line($"var {users} = Api.NetGeneric({parameter}, key).Users;");
                c.Dialect.UnpinNet(c, pin);
                w.Line($"return {users};");
            }

            w.Line($"Api.Touch({function}(live));");
        }
    }
}
