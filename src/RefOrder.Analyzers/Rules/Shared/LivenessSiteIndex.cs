using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RefOrder.Analyzers.Rules.Shared
{
    /// <summary>
    /// Finds, for a member, a liveness site anywhere in the compilation: an assignment to the member from a value
    /// the engine knows live there (the <c>nf.NfNet = net</c> of <c>NfsdFileAlloc</c>, whose <c>net</c> is a [Live]
    /// parameter). Searched on demand, only when a pin is misplaced, and remembered per member.
    /// </summary>
    internal sealed class LivenessSiteIndex
    {
        private readonly ConcurrentDictionary<ISymbol, LivenessSite?> _sites = new ConcurrentDictionary<ISymbol, LivenessSite?>(SymbolEqualityComparer.Default);
        private readonly Compilation _compilation;
        private readonly FlowResultCache _cache;

        public LivenessSiteIndex(Compilation compilation, FlowResultCache cache)
        {
            _compilation = compilation;
            _cache = cache;
        }

        public LivenessSite? Find(ISymbol member, CancellationToken cancellation) =>
            _sites.GetOrAdd(member.OriginalDefinition, m => Search(m, cancellation));

        private LivenessSite? Search(ISymbol member, CancellationToken cancellation)
        {
            foreach (var tree in _compilation.SyntaxTrees)
            {
                cancellation.ThrowIfCancellationRequested();
                var root = tree.GetRoot(cancellation);
                SemanticModel? model = null;
                foreach (var assignment in root.DescendantNodes().OfType<AssignmentExpressionSyntax>())
                {
                    if (!NamesMember(assignment.Left, member.Name))
                    {
                        continue;
                    }

#pragma warning disable RS1030 // Only reached when RO0002 fires: the site may be in any tree, so the model of that tree is needed.
                    model ??= _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                    if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellation).Symbol?.OriginalDefinition, member))
                    {
                        continue;
                    }

                    var site = AtAssignment(model, assignment, member, cancellation);
                    if (site != null)
                    {
                        return site;
                    }
                }
            }

            return null;
        }

        /// <summary>Runs (or reuses) the engine on the body holding the assignment and asks whether the value was live there.</summary>
        private LivenessSite? AtAssignment(SemanticModel model, AssignmentExpressionSyntax assignment, ISymbol member, CancellationToken cancellation)
        {
            var body = assignment.Ancestors().FirstOrDefault(n => model.GetOperation(n, cancellation) is IMethodBodyOperation or IConstructorBodyOperation);
            if (body == null || model.GetOperation(body, cancellation) is not { } operation || model.GetDeclaredSymbol(body, cancellation) is not { } owner)
            {
                return null;
            }

            var result = _cache.Get(operation, owner, () => GraphOf(operation, cancellation), cancellation, full: true);
            foreach (var store in result.Stores)
            {
                if (store.ValueKnownLive && store.Assignment.Syntax == assignment && SymbolEqualityComparer.Default.Equals(store.Member.OriginalDefinition, member))
                {
                    return new LivenessSite(assignment.GetLocation(), owner.Name, assignment.ToString());
                }
            }

            return null;
        }

        private static ControlFlowGraph GraphOf(IOperation body, CancellationToken cancellation) => body switch
        {
            IMethodBodyOperation method => ControlFlowGraph.Create(method, cancellation),
            _ => ControlFlowGraph.Create((IConstructorBodyOperation)body, cancellation),
        };

        private static bool NamesMember(ExpressionSyntax left, string name) => left switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == name,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
            _ => false,
        };
    }

    /// <summary>A place where a member is set from a value known live.</summary>
    internal sealed class LivenessSite
    {
        public LivenessSite(Location location, string method, string text)
        {
            Location = location;
            Method = method;
            Text = text;
        }

        public Location Location { get; }

        public string Method { get; }

        public string Text { get; }
    }
}
