using System.Diagnostics.CodeAnalysis;
using System.Threading;
using RefOrder;

namespace Consumer;

// The v2 put order four times over, each suppressed differently: with a justification the finding is gone; without
// one, the suppression itself is reported (RO0906).
public sealed partial class Kernel
{
    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    [SuppressMessage("RefOrder", "RO0001", Justification = "The caller holds a second nfsd_net reference for the whole call.")]
    public void PutLocalSuppressedWithJustification(ref NfsdFile? pnf)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(nf);
        }
    }

    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    [SuppressMessage("RefOrder", "RO0001")]
    public void PutLocalSuppressedSilently(ref NfsdFile? pnf)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;
            RcuReadLock();
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(nf);
        }
    }

    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public void PutLocalUnderExplainedPragma(ref NfsdFile? pnf)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;
            RcuReadLock();
#pragma warning disable RO0001 // the caller holds a second nfsd_net reference for the whole call
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(nf);
#pragma warning restore RO0001
        }
    }

    [Releases("pnf")]
    [Releases("pnf.NfNet", Counter = "nfsd_net")]
    public void PutLocalUnderBarePragma(ref NfsdFile? pnf)
    {
        NfsdFile? nf = Interlocked.Exchange(ref pnf, null);
        if (nf != null)
        {
            Net net = nf.NfNet;
            RcuReadLock();
#pragma warning disable RO0001
            NfsdNetPut(net);
            RcuReadUnlock();
            NfsdFilePut(nf);
#pragma warning restore RO0001
        }
    }
}
