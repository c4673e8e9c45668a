namespace RefOrder
{
    /// <summary>Explicit, reviewable liveness claims.</summary>
    public static class Liveness
    {
        /// <summary>
        /// Claims that <paramref name="value"/> is live from here on, for a reason no local analysis can see.
        /// The reason must be a non-empty string literal naming the protocol invariant relied on.
        /// </summary>
        /// <param name="value">The object claimed live.</param>
        /// <param name="reason">Why it is live; reviewers read this.</param>
        public static void Assume(object? value, string reason)
        {
        }
    }
}
