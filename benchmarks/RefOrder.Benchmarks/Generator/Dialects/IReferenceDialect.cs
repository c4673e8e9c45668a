namespace RefOrder.Benchmarks.Generator.Dialects
{
    /// <summary>
    /// How generated code takes and drops references. The block generators are written once against this
    /// interface, so the annotated corpus and its IDisposable twin have the same control flow statement for
    /// statement; only the acquire and release lines differ.
    /// </summary>
    internal interface IReferenceDialect
    {
        /// <summary>The usings at the top of each generated file.</summary>
        string FileUsings { get; }

        /// <summary>Parameter list of every generated method: a net that is not known live, and live ones.</summary>
        string MethodParameters { get; }

        /// <summary>Prefix for a parameter the callee may assume live (<c>[Live] </c>, or nothing).</summary>
        string LiveParameter { get; }

        /// <summary>get_net on <paramref name="net"/> (the "net" counter).</summary>
        HeldRef PinNet(BlockContext context, string net);

        /// <summary>put_net.</summary>
        void UnpinNet(BlockContext context, HeldRef pin);

        /// <summary>nfsd_net_try_get on <paramref name="net"/>; writes nothing or a lease line and returns the conditions.</summary>
        HeldRef TryGetGuard(BlockContext context, string net);

        /// <summary>nfsd_net_put through <paramref name="savedNet"/>, the guard pointer saved from the file.</summary>
        void PutGuard(BlockContext context, HeldRef guard, string savedNet);

        /// <summary>nfsd_file_get on a pointer that may be dead: <c>var <paramref name="local"/> = …</c>.</summary>
        HeldRef TryGetFile(BlockContext context, string local, string source);

        /// <summary>nfsd_file_acquire in <paramref name="net"/>: <c>var <paramref name="local"/> = …</c>.</summary>
        HeldRef AcquireFile(BlockContext context, string local, string net);

        /// <summary>A reference on a file already known live.</summary>
        HeldRef GetLiveFile(BlockContext context, string file);

        /// <summary>nfsd_file_put.</summary>
        void PutFile(BlockContext context, HeldRef file);

        /// <summary>The contract of a function that puts its file parameter: <c>[Releases("p")] </c>, or nothing.</summary>
        string ReleasesPrefix(string parameter);

        /// <summary>The parameters through which a releasing function receives a file reference, and the reference as it then holds it.</summary>
        (string Parameters, HeldRef Held) ReceiveFile(BlockContext context, string parameter);

        /// <summary>The arguments that hand <paramref name="held"/> to a function declared with <see cref="ReceiveFile"/>.</summary>
        string HandOverArguments(HeldRef held);

        /// <summary>Stores a held reference into a [HoldsRef] member, handing it over: <c>member = target;</c>.</summary>
        void StoreHeld(BlockContext context, HeldRef held, string member);
    }
}
