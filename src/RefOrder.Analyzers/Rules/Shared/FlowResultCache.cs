using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using RefOrder.Analyzers.Contracts;
using RefOrder.Analyzers.Engine;
using RefOrder.Analyzers.Engine.Findings;

namespace RefOrder.Analyzers.Rules.Shared
{
    /// <summary>
    /// Runs the engine exactly once per body per compilation, whichever RefOrder rule asks first, and hands the
    /// same result to the others: each body has one lazily computed entry, so two rules asking at the same time
    /// wait for one computation instead of running two. Bodies that call no annotated member are answered
    /// without building a CFG.
    /// </summary>
    internal sealed class FlowResultCache
    {
        private static readonly ConditionalWeakTable<Compilation, FlowResultCache> PerCompilation = new ConditionalWeakTable<Compilation, FlowResultCache>();

        private readonly ConcurrentDictionary<SyntaxNode, Lazy<FlowResult>> _results = new ConcurrentDictionary<SyntaxNode, Lazy<FlowResult>>();

        /// <summary>Bodies analysed although they call nothing annotated, for the liveness-site search only.</summary>
        private readonly ConcurrentDictionary<SyntaxNode, Lazy<FlowResult>> _fullResults = new ConcurrentDictionary<SyntaxNode, Lazy<FlowResult>>();

        private readonly Lazy<LivenessSiteIndex> _livenessSites;

        private FlowResultCache(Compilation compilation)
        {
            Contracts = ContractTable.For(compilation);
            _livenessSites = new Lazy<LivenessSiteIndex>(() => new LivenessSiteIndex(compilation, this));
        }

        public ContractTable Contracts { get; }

        /// <summary>Where members are set from live values, searched on demand (RO0002's hint and fix).</summary>
        public LivenessSiteIndex LivenessSites => _livenessSites.Value;

        public static FlowResultCache For(Compilation compilation) =>
            PerCompilation.GetValue(compilation, c => new FlowResultCache(c));

        /// <summary>
        /// The findings of <paramref name="body"/>, computing them on first request. With <paramref name="full"/>
        /// the body is analysed even if it calls nothing annotated (a liveness-site search needs its member stores).
        /// </summary>
        public FlowResult Get(IOperation body, ISymbol owner, Func<ControlFlowGraph> graph, CancellationToken cancellation, bool full = false)
        {
            var result = GetOnce(_results, body.Syntax, () => Compute(body, owner, graph, cancellation, full: false), cancellation);
            return full && ReferenceEquals(result, FlowResult.Nothing)
                ? GetOnce(_fullResults, body.Syntax, () => Compute(body, owner, graph, cancellation, full: true), cancellation)
                : result;
        }

        /// <summary>
        /// The one entry of <paramref name="key"/>. A computation cancelled by its caller is not kept: the entry is
        /// dropped so that the next caller computes afresh instead of inheriting someone else's cancellation.
        /// </summary>
        private static FlowResult GetOnce(ConcurrentDictionary<SyntaxNode, Lazy<FlowResult>> table, SyntaxNode key, Func<FlowResult> compute, CancellationToken cancellation)
        {
            while (true)
            {
                var entry = table.GetOrAdd(key, _ => new Lazy<FlowResult>(compute, LazyThreadSafetyMode.ExecutionAndPublication));
                try
                {
                    return entry.Value;
                }
                catch (OperationCanceledException)
                {
                    ((ICollection<KeyValuePair<SyntaxNode, Lazy<FlowResult>>>)table).Remove(new KeyValuePair<SyntaxNode, Lazy<FlowResult>>(key, entry));
                    cancellation.ThrowIfCancellationRequested();
                }
            }
        }

        private FlowResult Compute(IOperation body, ISymbol owner, Func<ControlFlowGraph> graph, CancellationToken cancellation, bool full)
        {
            if (!full && !Contracts.TouchesContracts(body))
            {
                return FlowResult.Nothing;
            }

            var result = new FlowResultBuilder();
            try
            {
                FlowAnalysis.Analyze(graph(), owner, Contracts, result, cancellation: cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never crash the host (no AD0001); never go silent either: the body is reported as not analysed.
                result = new FlowResultBuilder();
                result.Skipped(new SkippedFinding("RefOrder hit an internal error (" + e.GetType().Name + ": " + e.Message + ")"));
            }

            cancellation.ThrowIfCancellationRequested();
            return result.Build();
        }
    }
}
