using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine;

namespace RefOrder.Analyzers.Rules.Shared
{
    /// <summary>
    /// Runs the engine at most once per body per compilation, whichever RefOrder rule asks first, and hands the
    /// same result to the others. Bodies that call no annotated member are answered without building a CFG.
    /// </summary>
    internal sealed class FlowResultCache
    {
        private static readonly ConditionalWeakTable<Compilation, FlowResultCache> PerCompilation = new ConditionalWeakTable<Compilation, FlowResultCache>();

        private readonly ConcurrentDictionary<SyntaxNode, FlowResult> _results = new ConcurrentDictionary<SyntaxNode, FlowResult>();

        private FlowResultCache(ContractTable contracts) => Contracts = contracts;

        public ContractTable Contracts { get; }

        public static FlowResultCache For(Compilation compilation) =>
            PerCompilation.GetValue(compilation, c => new FlowResultCache(ContractTable.For(c)));

        /// <summary>
        /// The findings of <paramref name="body"/>, computing them on first request. With <paramref name="full"/>
        /// the body is analysed even if it calls nothing annotated (a liveness-site search needs its member stores).
        /// </summary>
        public FlowResult Get(IOperation body, ISymbol owner, Func<ControlFlowGraph> graph, CancellationToken cancellation, bool full = false)
        {
            if (_results.TryGetValue(body.Syntax, out var cached) && !(full && ReferenceEquals(cached, FlowResult.Nothing)))
            {
                return cached;
            }

            var result = Compute(body, owner, graph, cancellation, full);

            // A full result replaces the pre-check's "nothing", whichever of the two concurrent callers stores first.
            return _results.AddOrUpdate(body.Syntax, result, (_, old) => ReferenceEquals(old, FlowResult.Nothing) && !ReferenceEquals(result, FlowResult.Nothing) ? result : old);
        }

        private FlowResult Compute(IOperation body, ISymbol owner, Func<ControlFlowGraph> graph, CancellationToken cancellation, bool full)
        {
            if (!full && !Contracts.TouchesContracts(body))
            {
                return FlowResult.Nothing;
            }

            var result = new FlowResult();
            try
            {
                FlowAnalysis.Analyze(graph(), owner, Contracts, result, cancellation: cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never crash the host (no AD0001); never go silent either: the body is reported as not analysed.
                result = new FlowResult();
                result.Skipped("RefOrder hit an internal error (" + e.GetType().Name + ": " + e.Message + ")");
            }

            cancellation.ThrowIfCancellationRequested();
            return result;
        }
    }
}
