using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;
using RefOrder.CodeFixes.Shared;

namespace RefOrder.CodeFixes
{
    /// <summary>
    /// RO0002's late acquire as syntax: a statement <c>GetNet(nf.NfNet);</c> whose [Acquires] target is a member read
    /// off a local or parameter (the holder <c>nf</c>), followed by the statements that only record it on the holder
    /// (<c>nf.SetBit(NfsdFileFlags.NetHeld);</c>, <c>nf.Flags |= NetHeld;</c>).
    /// </summary>
    internal sealed class LateAcquire
    {
        private readonly ISymbol _holder;

        private LateAcquire(SemanticModel model, List<StatementSyntax> run, ExpressionSyntax target, ISymbol holder, ISymbol member, string counter)
        {
            Model = model;
            Run = run;
            Target = target;
            _holder = holder;
            Member = member;
            Counter = counter;
        }

        public SemanticModel Model { get; }

        /// <summary>The acquire statement, then its records.</summary>
        public List<StatementSyntax> Run { get; }

        /// <summary>The argument naming what is acquired: <c>nf.NfNet</c>.</summary>
        public ExpressionSyntax Target { get; }

        /// <summary>The member read: <c>NfNet</c>.</summary>
        public ISymbol Member { get; }

        /// <summary>The counter the acquire takes, as the contract resolved it.</summary>
        public string Counter { get; }

        public static LateAcquire? Find(SemanticModel model, SyntaxNode node, CancellationToken cancellation)
        {
            if (node is not InvocationExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: BlockSyntax block } statement } invocation
                || model.GetOperation(invocation, cancellation) is not IInvocationOperation call)
            {
                return null; // the acquire's result is used, or it is not a statement of a block: nothing to lift out cleanly
            }

            var effects = ContractTable.For(model.Compilation).GetMethod(call.TargetMethod).Acquires
                .Select(e => (Effect: e, Argument: AccessPaths.RootArgument(call, e.Target)))
                .Where(x => x.Effect.Target.Members.IsEmpty && Unwrap(x.Argument) is IMemberReferenceOperation)
                .ToList();
            if (effects.Count != 1
                || Unwrap(effects[0].Argument) is not IMemberReferenceOperation { Instance: { } instance } read
                || Unwrap(instance) is not (ILocalReferenceOperation or IParameterReferenceOperation)
                || AccessPaths.RootSymbol(instance) is not { } holder
                || effects[0].Argument!.Syntax is not ExpressionSyntax target)
            {
                return null;
            }

            var run = new List<StatementSyntax> { statement };
            var member = read.Member.OriginalDefinition;
            for (int i = block.Statements.IndexOf(statement) + 1; i < block.Statements.Count; i++)
            {
                if (!IsRecord(model, block.Statements[i], holder, member, cancellation))
                {
                    break;
                }

                run.Add(block.Statements[i]);
            }

            return new LateAcquire(model, run, target, holder, member, effects[0].Effect.Counter);
        }

        /// <summary>The references to the holder variable in <paramref name="statement"/>, for rewriting at the site.</summary>
        public IEnumerable<IdentifierNameSyntax> HolderReferences(StatementSyntax statement) =>
            statement.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Where(n => SymbolEqualityComparer.Default.Equals(Model.GetSymbolInfo(n).Symbol, _holder));

        /// <summary>
        /// A statement that only records something on the holder: an assignment to one of its members or a call on
        /// it (or taking one of its members by ref), with no other variable, no RefOrder contract and no read of the
        /// acquired member involved.
        /// </summary>
        private static bool IsRecord(SemanticModel model, StatementSyntax statement, ISymbol holder, ISymbol member, CancellationToken cancellation)
        {
            if (statement is not ExpressionStatementSyntax expression || model.GetOperation(expression.Expression, cancellation) is not { } operation)
            {
                return false;
            }

            bool writesHolder = operation switch
            {
                IAssignmentOperation assignment => assignment.Target is IMemberReferenceOperation target && IsHolder(target.Instance, holder),
                IInvocationOperation call => IsHolder(call.Instance, holder)
                    || call.Arguments.Any(a => a.Parameter?.RefKind == RefKind.Ref && a.Value is IMemberReferenceOperation m && IsHolder(m.Instance, holder)),
                _ => false,
            };
            if (!writesHolder)
            {
                return false;
            }

            var contracts = ContractTable.For(model.Compilation);
            foreach (var inner in operation.DescendantsAndSelf())
            {
                switch (inner)
                {
                    case ILocalReferenceOperation local when !SymbolEqualityComparer.Default.Equals(local.Local, holder):
                    case IParameterReferenceOperation parameter when !SymbolEqualityComparer.Default.Equals(parameter.Parameter, holder):
                    case IMemberReferenceOperation read when SymbolEqualityComparer.Default.Equals(read.Member.OriginalDefinition, member):
                    case IInvocationOperation call when !contracts.GetMethod(call.TargetMethod).IsEmpty:
                    case IAnonymousFunctionOperation:
                        return false;
                }
            }

            return true;
        }

        private static bool IsHolder(IOperation? operation, ISymbol holder) =>
            Unwrap(operation) is { } o && (o is ILocalReferenceOperation or IParameterReferenceOperation)
            && SymbolEqualityComparer.Default.Equals(AccessPaths.RootSymbol(o), holder);

        private static IOperation? Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
