namespace RefOrder.Analyzers.Engine.State
{
    /// <summary>
    /// The capacity a state's table gets when it is copied or built: its entries and the few a block or a join
    /// adds to them. A copy sized to the entries alone would be copied again by the first insertion.
    /// </summary>
    internal static class Headroom
    {
        public static int For(int count) => count + (count / 2) + 4;
    }
}
