using System.Linq;
using System.Threading.Tasks;
using RefOrder.Delivery.Tests.Infrastructure;
using RefOrder.Delivery.Tests.Samples;

namespace RefOrder.Delivery.Tests.Ide
{
    /// <summary>
    /// The lightbulb on PatchV2's put-order squiggle: RefOrder's fix is offered there, and applying it gives the
    /// reviewer's order and clears the squiggle.
    /// </summary>
    [Collection(RepositorySamplesCollection.Name)]
    [Trait("Category", "Slow")]
    public class LightbulbTests
    {
        private readonly ModelWorkspace _workspace;

        public LightbulbTests(ModelWorkspace workspace) => _workspace = workspace;

        [Fact]
        public async Task PutOrderFixAtTheSquiggleGivesTheReviewersOrder()
        {
            var project = _workspace.Variant("PatchV2");
            var squiggle = Assert.Single(await Squiggles.InAsync(project), d => d.Id == "RO0001");
            var document = project.GetDocument(squiggle.Location.SourceTree)!;

            var action = Assert.Single(await Lightbulb.ActionsAsync(document, squiggle));
            var fixedSolution = await Lightbulb.PreviewAsync(action);

            var fixedProject = fixedSolution.GetProject(project.Id)!;
            var fixedTree = (await fixedProject.GetDocument(document.Id)!.GetSyntaxTreeAsync())!;
            Assert.Equal(ReviewersPutOrder.Statements, SourceFile.From(fixedTree).BlockHolding(ReviewersPutOrder.Method, ReviewersPutOrder.ObjectPut));
            Assert.Equal(new[] { "RO0002" }, (await Squiggles.InAsync(fixedProject)).Select(d => d.Id));
        }
    }
}
