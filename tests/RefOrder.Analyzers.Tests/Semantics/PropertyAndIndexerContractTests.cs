using System.Threading.Tasks;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Semantics
{
    /// <summary>
    /// Issue 12, item 2: [Acquires]/[TryAcquires]/[Releases]/[RequiresLock] written on a property's or indexer's
    /// accessors apply where the property is read or written, exactly as on a method: <c>"return"</c> is the value
    /// a getter returns, <c>"value"</c> the value a setter is given.
    /// </summary>
    public class PropertyAndIndexerContractTests
    {
        /// <summary>
        /// A file descriptor table in the kernel's style: <c>table[fd]</c> is fget() (an RCU lookup that takes a
        /// reference unless the file is dying), assigning a slot takes the table's own reference, <c>Installed</c>
        /// is fd_install() (it consumes the caller's reference), and <c>Current</c> hands out a new reference.
        /// </summary>
        private static Task Table(string members) => AllAnalyzersVerifier.VerifyAsync(Snippet.Class(members) + """

public sealed class FileTable
{
    private readonly NfsdFile?[] _slots = new NfsdFile?[16];

    public NfsdFile? this[int fd]
    {
        [RequiresLock("rcu")] [TryAcquires("return")] get => _slots[fd];
        [Acquires("value")] set => _slots[fd] = value;
    }

    public NfsdFile Installed
    {
        get => _slots[0]!;
        [Releases("value")] set => _slots[0] = value;
    }

    public NfsdFile Current
    {
        [Acquires("return")] get => _slots[1]!;
    }
}

/// <summary>An operations table: the contract on the interface's accessor applies to reads through it.</summary>
public interface IFileSource
{
    NfsdFile Next { [Acquires("return")] get; }
}
""");

        [Fact]
        public Task Valid_IndexerGetter_TakesAReferenceOnSuccess() => Table("""
    public static void M(FileTable table, int fd)
    {
        RcuReadLock();
        var nf = table[fd];
        RcuReadUnlock();
        if (nf != null)
        {
            NetGeneric(nf.PinnedNet, 1);
            NfsdFilePut(nf);
        }
    }
""");

        [Fact]
        public Task IndexerGetter_RequiresItsLock() => Table("""
    public static void M(FileTable table, int fd)
    {
        var nf = {|RO0005:table[fd]|};
        if (nf != null)
        {
            NfsdFilePut(nf);
        }
    }
""");

        [Fact]
        public Task Valid_PropertyGetter_ReturnsAHeldReference() => Table("""
    public static void M(FileTable table)
    {
        var nf = table.Current;
        NetGeneric(nf.PinnedNet, 1);
        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task PropertyGetter_ReferenceUsedAfterItsPut() => Table("""
    public static void M(FileTable table)
    {
        var nf = table.Current;
        NfsdFilePut(nf);
        Touch({|RO0003:nf.Flags|});
    }
""");

        [Fact]
        public Task Valid_InterfaceAccessorContract_AppliesThroughTheInterface() => Table("""
    public static void M(IFileSource source)
    {
        var nf = source.Next;
        NetGeneric(nf.PinnedNet, 1);
        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task Setter_ConsumesTheCallersReference_UseAfterInstall() => Table("""
    [Releases("nf")]
    public static void M(FileTable table, NfsdFile nf)
    {
        table.Installed = nf;
        Touch({|RO0003:nf|});
    }
""");

        [Fact]
        public Task Valid_Setter_ConsumesTheCallersReference_TouchedBefore() => Table("""
    [Releases("nf")]
    public static void M(FileTable table, NfsdFile nf)
    {
        Touch(nf);
        table.Installed = nf;
        Touch(table.Installed);
    }
""");

        [Fact]
        public Task IndexerSetter_AcquiresAValueNotKnownLive() => Table("""
    public static void M(FileTable table, int fd)
    {
        var f = Lookup(fd)!;
        {|RO0002:table[fd] = f|};
        NfsdFilePut(f);
    }
""");

        [Fact]
        public Task Valid_IndexerSetter_AcquiresALiveValue() => Table("""
    public static void M(FileTable table, int fd, [Live] NfsdFile nf)
    {
        table[fd] = nf;
        NfsdFilePut(nf);
    }
""");

        [Fact]
        public Task AccessorContract_NamingNothing_IsAnAnnotationError() =>
            AllAnalyzersVerifier.VerifyAsync(Snippet.Class("") + """

public sealed class Slot
{
    private NfsdFile _file = null!;

    public NfsdFile File
    {
        [{|RO0901:Acquires("value")|}] get => _file;
        [{|RO0901:Releases("return")|}] set => _file = value;
    }
}
""");
    }
}
