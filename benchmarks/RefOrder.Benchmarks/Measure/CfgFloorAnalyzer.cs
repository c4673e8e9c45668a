using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// The floor: what any flow-sensitive operation analyzer pays before it does anything of its own. For every
    /// operation block it builds the control-flow graph, walks every operation of every basic block, and does
    /// the same for the graphs of the lambdas and local functions inside. It reports nothing.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class CfgFloorAnalyzer : DiagnosticAnalyzer
    {
        private long _operationsVisited;

        /// <summary>Operations walked; kept so the walk has an observable result and cannot be optimised away.</summary>
        public long OperationsVisited => Interlocked.Read(ref _operationsVisited);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(NeverReported.Descriptor("FLOOR"));

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationBlockAction(AnalyzeBlocks);
        }

        private void AnalyzeBlocks(OperationBlockAnalysisContext context)
        {
            foreach (var block in context.OperationBlocks)
            {
                if (HasControlFlowGraph(block))
                {
                    Walk(context.GetControlFlowGraph(block), context.CancellationToken);
                }
            }
        }

        /// <summary>The roots <see cref="ControlFlowGraph.Create(IOperation, CancellationToken)"/> accepts; attribute arguments have none.</summary>
        private static bool HasControlFlowGraph(IOperation block) => block.Kind switch
        {
            OperationKind.Block or OperationKind.MethodBody or OperationKind.ConstructorBody
                or OperationKind.FieldInitializer or OperationKind.PropertyInitializer or OperationKind.ParameterInitializer => true,
            _ => false,
        };

        private void Walk(ControlFlowGraph graph, CancellationToken cancellationToken)
        {
            long visited = 0;
            foreach (var basicBlock in graph.Blocks)
            {
                foreach (var operation in basicBlock.Operations)
                {
                    visited += Visit(operation, graph, cancellationToken);
                }

                if (basicBlock.BranchValue is { } branchValue)
                {
                    visited += Visit(branchValue, graph, cancellationToken);
                }
            }

            foreach (var localFunction in graph.LocalFunctions)
            {
                Walk(graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken), cancellationToken);
            }

            Interlocked.Add(ref _operationsVisited, visited);
        }

        private long Visit(IOperation root, ControlFlowGraph graph, CancellationToken cancellationToken)
        {
            long visited = 0;
            foreach (var operation in root.DescendantsAndSelf())
            {
                visited++;
                if (operation is IFlowAnonymousFunctionOperation lambda)
                {
                    Walk(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken), cancellationToken);
                }
            }

            return visited;
        }
    }
}
