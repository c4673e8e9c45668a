using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Samples
{
    /// <summary>One command-line build of a model variant: the command's output and the SARIF log it wrote.</summary>
    public sealed record VariantBuild(string Variant, CliRun Run, string SarifLog);
}
