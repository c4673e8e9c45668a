using RefOrder.Delivery.Tests.Ide;

namespace RefOrder.Delivery.Tests.Samples
{
    /// <summary>
    /// The tests that build the samples in the clone, or load them as an IDE does. They share the samples'
    /// obj/ folders, so they run one after another; the package tests work in temporary folders and run alongside.
    /// The workspace loads before any test runs, the variant builds only when a test asks for one, so the IDE's
    /// design-time builds and the command-line builds never overlap either.
    /// </summary>
    [CollectionDefinition(Name)]
    public sealed class RepositorySamplesCollection : ICollectionFixture<VariantBuilds>, ICollectionFixture<ModelWorkspace>
    {
        public const string Name = "Repository samples";
    }
}
