namespace RefOrder.Delivery.Tests.Package
{
    /// <summary>The tests of the package: one `dotnet pack` serves them all.</summary>
    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackedRefOrder>
    {
        public const string Name = "Package";
    }
}
