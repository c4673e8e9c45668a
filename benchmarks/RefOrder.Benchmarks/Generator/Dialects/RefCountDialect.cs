namespace RefOrder.Benchmarks.Generator.Dialects
{
    /// <summary>The model's annotated API: <c>Api.GetNet</c>, <c>Api.NfsdFilePut</c> and friends from the rule tests' prelude.</summary>
    internal sealed class RefCountDialect : IReferenceDialect
    {
        public static RefCountDialect Instance { get; } = new RefCountDialect();

        public string FileUsings => "using RefOrder;";

        public string MethodParameters => "Net net, [Live] Net live, [Live] NfsdFile nf, [Live] Holder holder, int key";

        public string LiveParameter => "[Live] ";

        public HeldRef PinNet(BlockContext context, string net)
        {
            context.Writer.Line($"Api.GetNet({net});");
            return new HeldRef(net);
        }

        public void UnpinNet(BlockContext context, HeldRef pin) => context.Writer.Line($"Api.PutNet({pin.Target});");

        public HeldRef TryGetGuard(BlockContext context, string net) =>
            new HeldRef(net, Succeeded: $"Api.NfsdNetTryGet({net})", Failed: $"!Api.NfsdNetTryGet({net})");

        public void PutGuard(BlockContext context, HeldRef guard, string savedNet) =>
            context.Writer.Line($"Api.NfsdNetPut({savedNet});");

        public HeldRef TryGetFile(BlockContext context, string local, string source) =>
            DeclareMaybeNull(context, local, $"Api.NfsdFileGet({source})");

        public HeldRef AcquireFile(BlockContext context, string local, string net) =>
            DeclareMaybeNull(context, local, $"Api.NfsdFileAcquire({net})");

        public HeldRef GetLiveFile(BlockContext context, string file)
        {
            context.Writer.Line($"Api.NfsdFileGetLive({file});");
            return new HeldRef(file);
        }

        public void PutFile(BlockContext context, HeldRef file) => context.Writer.Line($"Api.NfsdFilePut({file.Target});");

        public string ReleasesPrefix(string parameter) => $"[Releases(\"{parameter}\")] ";

        public (string Parameters, HeldRef Held) ReceiveFile(BlockContext context, string parameter) =>
            ($"NfsdFile {parameter}", new HeldRef(parameter));

        public string HandOverArguments(HeldRef held) => held.Target;

        public void StoreHeld(BlockContext context, HeldRef held, string member) => context.Writer.Line($"{member} = {held.Target};");

        private static HeldRef DeclareMaybeNull(BlockContext context, string local, string acquisition)
        {
            context.Writer.Line($"var {local} = {acquisition};");
            return new HeldRef(local, Succeeded: $"{local} != null", Failed: $"{local} == null");
        }
    }
}
