using System;

namespace RefOrder.Benchmarks.Generator.Blocks
{
    /// <summary>Every kind of block, drawn uniformly: the corpus mixes all the control flow the issue lists.</summary>
    internal static class BlockCatalog
    {
        private static readonly Action<BlockContext>[] Kinds =
        {
            NetBlocks.PinAndUse,
            NetBlocks.PinnedLoop,
            NetBlocks.TryFinally,
            NetBlocks.Branches,
            NetBlocks.LocalFunction,
            FileBlocks.GetUsePut,
            FileBlocks.LookupLoop,
            FileBlocks.UsingScope,
            FileBlocks.HeldFiles,
            FileBlocks.Lambda,
            FileBlocks.Patterns,
            GuardBlocks.GuardedPair,
            GuardBlocks.SwitchWithReturns,
            ContractBlocks.ReleasingFunction,
            ContractBlocks.HoldsRefStores,
            ContractBlocks.ErrorPath,
        };

        /// <summary>Writes one block of the kind the context's random source picks.</summary>
        public static void WriteOne(BlockContext context) => Kinds[context.Random.Next(Kinds.Length)](context);
    }
}
