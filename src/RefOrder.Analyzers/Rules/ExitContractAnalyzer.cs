using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RefOrder.Analyzers.Engine.Findings;
using RefOrder.Analyzers.Rules.Shared;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0007: a method's body keeps its own contract on every normal exit path. Reported at the exit (the
    /// <c>return</c>, or the end of the body), with the annotation that makes the promise as additional location.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExitContractAnalyzer : FlowRuleAnalyzer
    {
        /// <summary>Diagnostic property: the <see cref="ContractBreach"/> name, so the code fix acts on <c>StillHeld</c> only.</summary>
        public const string BreachProperty = "Breach";

        /// <summary>Diagnostic property: the contract target (<c>nf</c>, <c>nf.NfNet</c>) or lock the promise is about.</summary>
        public const string SubjectProperty = "Subject";

        /// <summary>Diagnostic property: the counter of the promise (absent for locks).</summary>
        public const string CounterProperty = "Counter";

        private protected override DiagnosticDescriptor Rule => Descriptors.RO0007ExitContract;

        private protected override void Report(OperationAnalysisContext context, FlowResult result, FlowResultCache cache)
        {
            foreach (var f in result.BrokenContracts)
            {
                var promise = f.Attribute?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    ExitLocation(f.Return?.Syntax ?? f.VoidReturn, f.Body),
                    promise == null ? null : new[] { promise },
                    Properties(f),
                    ExitText(f.Return?.Syntax ?? f.VoidReturn, context.ContainingSymbol),
                    Promise(f),
                    Breach(f)));
            }
        }

        // The fix needs what the message says in words: which target, which counter, which kind of breach.
        private static ImmutableDictionary<string, string?> Properties(ExitContractFinding f) =>
            ImmutableDictionary<string, string?>.Empty
                .Add(BreachProperty, f.Breach.ToString())
                .Add(SubjectProperty, f.Subject)
                .Add(CounterProperty, f.Counter);

        private static string Promise(ExitContractFinding f) => f.Breach switch
        {
            ContractBreach.StillHeld => $"'{f.Subject}' is [Releases]: the caller's {f.Counter} reference is handed over",
            ContractBreach.NotAcquired => $"'{f.Subject}' is [Acquires]/[TryAcquires]: the caller is promised one more {f.Counter} reference",
            ContractBreach.HeldOnFailure => $"'{f.Subject}' is [TryAcquires]: a failed try-acquire leaves no reference",
            ContractBreach.LockNotTaken => $"'{f.Subject}' is [Locks]: the caller is promised the lock held",
            ContractBreach.LockDropped => $"'{f.Subject}' is [RequiresLock] without [Unlocks]: the caller keeps the lock",
            _ => $"the method has no [Locks(\"{f.Subject}\")]",
        };

        private static string Breach(ExitContractFinding f) => f.Breach switch
        {
            ContractBreach.StillHeld => "on this path it is neither put nor handed on",
            ContractBreach.NotAcquired => "on this path none is taken",
            ContractBreach.HeldOnFailure => "this path reports failure while still holding one",
            ContractBreach.LockNotTaken => "on this path it is not held",
            ContractBreach.LockDropped => "on this path it is released",
            _ => $"on this path '{f.Subject}' is still held",
        };
    }
}
