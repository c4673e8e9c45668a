using System;
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
    /// around it (<c>RcuReadLock(); NfsdNetPut(net); RcuReadUnlock();</c>), so the put keeps the locks it requires;
    /// and whether locks balance over the statements it jumps.
    /// </summary>
    internal static class GuardGroup
    {
        /// <summary>
        /// The guard put <paramref name="guard"/> with every enclosing pair of a lock call just before and the
        /// matching unlock call just after.
        /// </summary>
        public static List<StatementSyntax> Find(SemanticModel model, SyntaxList<StatementSyntax> statements, StatementSyntax guard, CancellationToken cancellation = default)
        {
            int index = statements.IndexOf(guard);
            int width = 0;
            while (index - width - 1 >= 0 && index + width + 1 < statements.Count
                && PutStatements.CallContract(model, statements[index - width - 1], cancellation) is { Locks.IsEmpty: false } opening
                && PutStatements.CallContract(model, statements[index + width + 1], cancellation) is { Unlocks.IsEmpty: false } closing
                && opening.Locks.SequenceEqual(closing.Unlocks))
            {
                width++;
            }

            return statements.Skip(index - width).Take((2 * width) + 1).ToList();
        }

        /// <summary>The locks the guard put requires that its group's own bracket does not take.</summary>
        public static List<string> Uncovered(SemanticModel model, List<StatementSyntax> group, IInvocationOperation call, CancellationToken cancellation)
        {
            var held = group.Select(s => PutStatements.CallContract(model, s, cancellation)).Where(c => c != null).SelectMany(c => c!.Locks).ToList();
            return ContractTable.For(model.Compilation).GetMethod(call.TargetMethod).RequiresLocks.Where(l => !held.Contains(l)).ToList();
        }

        /// <summary>
        /// True when the locks taken in <paramref name="statements"/> are all released there and nothing releases a
        /// lock taken before: the group, moved across them, then runs under the same locks as before.
        /// </summary>
        public static bool LocksBalance(SemanticModel model, IEnumerable<StatementSyntax> statements, CancellationToken cancellation) =>
            LocksBalance(model, statements, Array.Empty<string>(), cancellation);

        /// <summary>Like the other overload, with the locks in <paramref name="ignored"/> left out.</summary>
        public static bool LocksBalance(SemanticModel model, IEnumerable<StatementSyntax> statements, IReadOnlyCollection<string> ignored, CancellationToken cancellation)
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
                held.AddRange(contract.Locks.Where(l => !ignored.Contains(l)));
                foreach (var unlocked in contract.Unlocks.Where(l => !ignored.Contains(l)))
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
