using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RefOrder.Delivery.Tests.Infrastructure;
using RefOrder.Delivery.Tests.Samples;

namespace RefOrder.Delivery.Tests.Ide
{
    /// <summary>
    /// Squiggles while editing the model: each variant's documents show exactly SPEC's diagnostics, as errors (the
    /// samples' .editorconfig reaches the IDE too), underlining exactly the offending code, with the earlier event as
    /// additional location; and they follow an edit.
    /// </summary>
    [Collection(RepositorySamplesCollection.Name)]
    [Trait("Category", "Slow")]
    public class SquiggleTests
    {
        private readonly ModelWorkspace _workspace;

        public SquiggleTests(ModelWorkspace workspace) => _workspace = workspace;

        [Theory]
        [InlineData("Mainline")]
        [InlineData("PatchV2")]
        [InlineData("Reviewed")]
        [InlineData("LockBarrier")]
        public async Task VariantShowsExactlySpecsSquiggles(string variant)
        {
            var squiggles = await Squiggles.InAsync(_workspace.Variant(variant));

            var expected = SpecFinding.For(variant).Select(f => $"Error {f.Where}: {f.Text}; related {f.RelatedFile}: {f.RelatedText}");
            Assert.Equal(expected.OrderBy(s => s), squiggles.Select(d => Squiggles.Describe(d, Repository.ModelRoot)).OrderBy(s => s));
        }

        [Fact]
        public async Task SwappingThePutsBackByHandClearsThePutOrderSquiggle()
        {
            var project = _workspace.Variant("PatchV2");
            var document = project.Documents.Single(d => d.Name == "NfsdFilePutLocal.cs");
            Assert.Contains(await Squiggles.InAsync(project), d => d.Id == "RO0001");

            var text = (await document.GetTextAsync()).ToString();
            var edited = document.Project.Solution.WithDocumentText(document.Id, SourceText.From(ReviewersPutOrder.SwapByHand(text)));
            var editedProject = edited.GetProject(project.Id)!;

            var editedTree = (await editedProject.GetDocument(document.Id)!.GetSyntaxTreeAsync())!;
            Assert.Equal(ReviewersPutOrder.Statements, SourceFile.From(editedTree).BlockHolding(ReviewersPutOrder.Method, ReviewersPutOrder.ObjectPut));
            var squiggles = await Squiggles.InAsync(editedProject);
            Assert.DoesNotContain(squiggles, d => d.Id == "RO0001");
            Assert.Equal(new[] { "RO0002" }, squiggles.Select(d => d.Id));
        }
    }
}
