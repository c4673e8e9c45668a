namespace RefOrder.Benchmarks.Report
{
    /// <summary>How the cost of each contender grows from one corpus to another, in total or per line.</summary>
    internal sealed record Scaling(string From, string To, double? RefOrder, double? Floor, double? Ca2000, double? Emit)
    {
        public static Scaling Compare(CorpusReport? from, CorpusReport? to, bool perLine)
        {
            if (from == null || to == null)
            {
                return new Scaling("-", "-", null, null, null, null);
            }

            double? Grow(double? before, double? after) =>
                perLine ? CorpusReport.Ratio(after / to.Lines, before / from.Lines) : CorpusReport.Ratio(after, before);

            return new Scaling(
                from.Name,
                to.Name,
                Grow(from.RefOrderMs, to.RefOrderMs),
                Grow(from.FloorMs, to.FloorMs),
                Grow(from.Ca2000Ms, to.Ca2000Ms),
                Grow(from.EmitMs, to.EmitMs));
        }
    }
}
