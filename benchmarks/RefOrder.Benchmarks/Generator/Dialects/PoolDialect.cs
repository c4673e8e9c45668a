namespace RefOrder.Benchmarks.Generator.Dialects
{
    /// <summary>
    /// The CA2000 twin: every acquisition becomes <c>var lease = Pool.Get(x)</c> (an <c>IDisposable</c>) and
    /// every release <c>Pool.Put(lease)</c>, which disposes it. CA2000 then tracks the same acquisitions to
    /// the same releases along the same paths as RefOrder does in the annotated corpus.
    /// </summary>
    internal sealed class PoolDialect : IReferenceDialect
    {
        public static PoolDialect Instance { get; } = new PoolDialect();

        public string FileUsings => string.Empty;

        public string MethodParameters => "Net net, Net live, NfsdFile nf, Holder holder, int key";

        public string LiveParameter => string.Empty;

        public HeldRef PinNet(BlockContext context, string net) => Lease(context, net, $"Pool.Get({net})");

        public void UnpinNet(BlockContext context, HeldRef pin) => Put(context, pin);

        public HeldRef TryGetGuard(BlockContext context, string net) => Lease(context, net, $"Pool.TryGet({net})");

        public void PutGuard(BlockContext context, HeldRef guard, string savedNet) => Put(context, guard);

        public HeldRef TryGetFile(BlockContext context, string local, string source)
        {
            context.Writer.Line($"var {local} = {source};");
            return Lease(context, local, $"Pool.TryGet({local})");
        }

        public HeldRef AcquireFile(BlockContext context, string local, string net)
        {
            context.Writer.Line($"var {local} = Api.NfsdFileAcquire({net});");
            return Lease(context, local, $"Pool.TryGet({local})");
        }

        public HeldRef GetLiveFile(BlockContext context, string file) => Lease(context, file, $"Pool.Get({file})");

        public void PutFile(BlockContext context, HeldRef file) => Put(context, file);

        public string ReleasesPrefix(string parameter) => string.Empty;

        /// <summary>The lease travels with the file, so the callee's <c>Pool.Put</c> ends it as the put ends the reference.</summary>
        public (string Parameters, HeldRef Held) ReceiveFile(BlockContext context, string parameter)
        {
            var lease = context.Name("pl");
            return ($"NfsdFile {parameter}, Lease {lease}", new HeldRef(parameter, lease));
        }

        public string HandOverArguments(HeldRef held) => $"{held.Target}, {held.Lease}";

        /// <summary>The lease is kept where the member is, as the reference is: CA2000 sees it escape.</summary>
        public void StoreHeld(BlockContext context, HeldRef held, string member)
        {
            context.Writer.Line($"{member} = {held.Target};");
            context.Writer.Line($"Pool.Keep({held.Lease});");
        }

        private static HeldRef Lease(BlockContext context, string target, string acquisition)
        {
            var lease = context.Name("lease");
            context.Writer.Line($"var {lease} = {acquisition};");
            return new HeldRef(target, lease, Succeeded: $"{lease} != null", Failed: $"{lease} == null");
        }

        private static void Put(BlockContext context, HeldRef held) => context.Writer.Line($"Pool.Put({held.Lease});");
    }
}
