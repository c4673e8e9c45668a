using System.Linq;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>Every RefOrder diagnostic ID, in one place. The IDs of SPEC are a public contract.</summary>
    public static class DiagnosticIds
    {
        /// <summary>A guard reference is put before the object it guards.</summary>
        public const string PutOrder = "RO0001";

        /// <summary>An acquire whose target is not known live.</summary>
        public const string PinPlacement = "RO0002";

        /// <summary>An object used after its reference was put.</summary>
        public const string UseAfterPut = "RO0003";

        /// <summary>A value that must be live is not known live.</summary>
        public const string LivenessRequired = "RO0004";

        /// <summary>A method that requires a lock is called without it.</summary>
        public const string LockRequired = "RO0005";

        /// <summary>A method was too large to analyse within the bound and was skipped.</summary>
        public const string AnalysisSkipped = "RO0006";

        /// <summary>A method's body does not honour its own contract on some normal exit path.</summary>
        public const string ExitContract = "RO0007";

        /// <summary>A reference taken in a method is still held, uncovered by its contract, on some normal exit path.</summary>
        public const string ReferenceLeak = "RO0008";

        /// <summary>A value stored into a [HoldsRef] member carries no reference the method holds.</summary>
        public const string HoldsRefStore = "RO0009";

        /// <summary>An annotation's target or member names nothing.</summary>
        public const string UnknownTarget = "RO0901";

        /// <summary>An annotation names a counter the type does not declare, or omits one where several exist.</summary>
        public const string UnknownCounter = "RO0902";

        /// <summary><c>Liveness.Assume</c> without a non-empty literal reason.</summary>
        public const string AssumeWithoutReason = "RO0903";

        /// <summary>Annotations that contradict each other or their declaration.</summary>
        public const string ContradictoryContract = "RO0904";

        /// <summary>A reference-count annotation on a type that is not [RefCounted].</summary>
        public const string NotRefCounted = "RO0905";

        /// <summary>A RefOrder diagnostic suppressed without a justification.</summary>
        public const string UnjustifiedSuppression = "RO0906";

        /// <summary>The diagnostic category of every RefOrder rule (used by <c>[SuppressMessage("RefOrder", …)]</c>).</summary>
        public const string Category = "RefOrder";

        /// <summary>
        /// The key of the assembly metadata that holds where the documentation lives: RefOrder.Analyzers.csproj
        /// writes it from the repository's one address, <c>RepositoryUrl</c> in Directory.Build.props, which the
        /// package's nuspec uses too, so the links cannot drift from where the pages are published.
        /// </summary>
        public const string DocumentationUrlKey = "RefOrder.DocumentationUrl";

        /// <summary>Where the rule pages live; the help link of rule X is this plus <c>X.md</c>.</summary>
        public static readonly string HelpLinkBase = DocumentationUrl() + "rules/";

        /// <summary>The help link of a rule: its page under <c>docs/rules/</c>.</summary>
        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        private static string DocumentationUrl() =>
            typeof(DiagnosticIds).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>()
                .Single(a => a.Key == DocumentationUrlKey)
                .Value!;
    }
}
