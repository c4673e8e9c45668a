using System.Collections.Generic;

namespace RefOrder.Analyzers.Engine.Findings
{
    /// <summary>
    /// Findings kept per block while the worklist runs. A block is transferred again whenever its entry state
    /// changes, and its last transfer is from its fixed-point state; so clearing a block's findings when it is
    /// transferred again leaves exactly the findings of the fixed point, without a second pass over the body.
    /// </summary>
    internal sealed class BlockFindings
    {
        private readonly List<Finding>?[] _byBlock;
        private int _current;

        public BlockFindings(int blocks) => _byBlock = new List<Finding>?[blocks];

        /// <summary>Starts (or restarts) collecting the findings of <paramref name="block"/>.</summary>
        public void Begin(int block)
        {
            _current = block;
            _byBlock[block]?.Clear();
        }

        /// <summary>Records a finding of the block being transferred.</summary>
        public void Add(Finding finding) => (_byBlock[_current] ??= new List<Finding>()).Add(finding);

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
                    f.DeliverTo(sink);
                }
            }
        }
    }
}
