using System.Collections.Generic;

namespace RefOrder.Analyzers.Engine
{
    /// <summary>
    /// Findings kept per block while the worklist runs. A block is transferred again whenever its entry state
    /// changes, and its last transfer is from its fixed-point state; so clearing a block's findings when it is
    /// transferred again leaves exactly the findings of the fixed point, without a second pass over the body.
    /// </summary>
    internal sealed class BlockFindings : IFindingSink
    {
        private readonly List<object>?[] _byBlock;
        private int _current;

        public BlockFindings(int blocks) => _byBlock = new List<object>?[blocks];

        /// <summary>Starts (or restarts) collecting the findings of <paramref name="block"/>.</summary>
        public void Begin(int block)
        {
            _current = block;
            _byBlock[block]?.Clear();
        }

        public void GuardReleasedBeforeObject(GuardOrderFinding finding) => Add(finding);

        public void AcquireNotLive(AcquireFinding finding) => Add(finding);

        public void UseAfterRelease(UseAfterReleaseFinding finding) => Add(finding);

        public void ArgumentNotLive(LivenessFinding finding) => Add(finding);

        public void LockNotHeld(LockFinding finding) => Add(finding);

        public void MemberStored(MemberStore store) => Add(store);

        public void Probe(ProbeSnapshot snapshot) => Add(snapshot);

        public void Skipped(string reason) => Add(reason);

        /// <summary>Hands the fixed point's findings, block by block, to the real sink.</summary>
        public void FlushTo(IFindingSink sink)
        {
            foreach (var findings in _byBlock)
            {
                if (findings == null)
                {
                    continue;
                }

                foreach (var f in findings)
                {
                    switch (f)
                    {
                        case GuardOrderFinding g: sink.GuardReleasedBeforeObject(g); break;
                        case AcquireFinding a: sink.AcquireNotLive(a); break;
                        case UseAfterReleaseFinding u: sink.UseAfterRelease(u); break;
                        case LivenessFinding l: sink.ArgumentNotLive(l); break;
                        case LockFinding k: sink.LockNotHeld(k); break;
                        case MemberStore m: sink.MemberStored(m); break;
                        case ProbeSnapshot p: sink.Probe(p); break;
                        case string s: sink.Skipped(s); break;
                    }
                }
            }
        }

        private void Add(object finding) => (_byBlock[_current] ??= new List<object>()).Add(finding);
    }
}
