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
    /// The statements that move with a guard put when it goes last: the put and the lock bracket wrapped right
    /// around it (<c>RcuReadLock(); NfsdNetPut(net); RcuReadUnlock();</c>), so the put keeps the locks it requires.
    /// </summary>
    internal static class GuardGroup
    {
        /// <summary>
        /// The guard put <paramref name="guard"/> with every enclosing pair of a lock call just before and the
        /// matching unlock call just after; null when the put requires a lock that no such pair gives it.
        /// </summary>
        public static List<StatementSyntax>? Find(SemanticModel model, BlockSyntax block, StatementSyntax guard, IInvocationOperation call, CancellationToken cancellation)
        {
            var statements = block.Statements;
            int index = statements.IndexOf(guard);
            int width = 0;
            while (index - width - 1 >= 0 && index + width + 1 < statements.Count
                && PutStatements.CallContract(model, statements[index - width - 1], cancellation) is { Locks.IsEmpty: false } opening
                && PutStatements.CallContract(model, statements[index + width + 1], cancellation) is { Unlocks.IsEmpty: false } closing
                && opening.Locks.SequenceEqual(closing.Unlocks))
            {
                width++;
            }

            var group = statements.Skip(index - width).Take((2 * width) + 1).ToList();
            var held = group.Take(width).SelectMany(s => PutStatements.CallContract(model, s, cancellation)!.Locks).ToList();
            var required = ContractTable.For(model.Compilation).GetMethod(call.TargetMethod).RequiresLocks;
            return required.All(held.Contains) ? group : null;
        }

        /// <summary>
        /// True when the locks taken in <paramref name="statements"/> are all released there and nothing releases a
        /// lock taken before: the group, moved across them, then runs under the same locks as before.
        /// </summary>
        public static bool LocksBalance(SemanticModel model, IEnumerable<StatementSyntax> statements, CancellationToken cancellation)
        {
            var held = new List<string>();
            var calls = statements.SelectMany(s => s.DescendantNodesAndSelf(n => !ControlTransfers.IsSeparateBody(n)).OfType<InvocationExpressionSyntax>());
            foreach (var invocation in calls)
            {
                if (model.GetOperation(invocation, cancellation) is not IInvocationOperation call)
                {
                    continue;
                }

                var contract = ContractTable.For(model.Compilation).GetMethod(call.TargetMethod);
                held.AddRange(contract.Locks);
                foreach (var unlocked in contract.Unlocks)
                {
                    if (!held.Remove(unlocked))
                    {
                        return false;
                    }
                }
            }

            return held.Count == 0;
        }
    }
}
