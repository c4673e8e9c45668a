using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Engine.Events;

namespace RefOrder.Analyzers.Engine.Lowering
{
    internal sealed partial class BodyLowerer
    {
        /// <summary>
        /// The C# <c>lock (m)</c> statement and the calls it stands for: <c>Monitor.Enter(m)</c> /
        /// <c>Monitor.Exit(m)</c> (what the CFG lowers <c>lock</c> to), and <c>System.Threading.Lock</c>'s
        /// <c>Enter</c>/<c>Exit</c> and <c>EnterScope()</c> with its scope's <c>Dispose</c> (what <c>using
        /// (m.EnterScope())</c> lowers to). Lock names are global strings in this engine, so the lock is named by the
        /// member <c>m</c> (<c>_gate</c>), which is what <c>[RequiresLock(nameof(_gate))]</c> and
        /// <c>[LiveUnderLock(nameof(_gate))]</c> name. Returns false for any other call.
        /// </summary>
        private bool LowerLockCall(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (type == null || (method.Name is not ("Enter" or "Exit" or "EnterScope" or "Dispose")))
            {
                return false;
            }

            var symbols = _contracts.Symbols;
            string? name;
            bool locks;
            if (SymbolEqualityComparer.Default.Equals(type, symbols.Monitor) && method.Name is "Enter" or "Exit")
            {
                name = invocation.Arguments.Length > 0 ? LockNameOf(invocation.Arguments[0].Value) : null;
                locks = method.Name == "Enter";
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.Lock) && method.Name is "Enter" or "Exit" or "EnterScope")
            {
                name = LockNameOf(invocation.Instance);
                locks = method.Name != "Exit";
            }
            else if (method.Name == "Dispose" && symbols.Lock != null && SymbolEqualityComparer.Default.Equals(type.ContainingType, symbols.Lock))
            {
                name = LockNameOf(invocation.Instance); // the scope: named after the lock it was entered on
                locks = false;
            }
            else
            {
                return false;
            }

            if (name != null)
            {
                Emit(locks ? new LockEvent(invocation, name) : new UnlockEvent(invocation, name));
            }
            else
            {
                Emit(new CallEvent(invocation)); // a lock the analysis cannot name: it still may throw
            }

            return true;
        }

        /// <summary>
        /// The name of the lock an operation denotes: the member, local or parameter it reads. A flow capture or a
        /// <c>Lock.Scope</c> local is looked through to the expression it holds (the locked member of a
        /// <c>lock</c> statement, the <c>EnterScope()</c> call of a <c>using</c>), read off the semantic model only
        /// here, so that no capture pays for a look-up.
        /// </summary>
        private string? LockNameOf(IOperation? operation)
        {
            for (int depth = 0; operation != null && depth < 8; depth++)
            {
                switch (operation)
                {
                    case IConversionOperation { OperatorMethod: null } conversion:
                        operation = conversion.Operand;
                        break;
                    case IFlowCaptureReferenceOperation capture:
                        operation = (capture.SemanticModel ?? _graph.OriginalOperation.SemanticModel)?.GetOperation(capture.Syntax, _cancellation);
                        break;
                    case ILocalReferenceOperation local when IsLockScope(local.Local.Type):
                        operation = ScopeInitializer(local.Local);
                        break;
                    case IInvocationOperation { TargetMethod.Name: "EnterScope", Instance: var instance }:
                        operation = instance;
                        break;
                    case IFieldReferenceOperation field:
                        return field.Field.Name;
                    case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                        return property.Property.Name;
                    case ILocalReferenceOperation local:
                        return local.Local.Name;
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter.Name;
                    case IInstanceReferenceOperation:
                        return "this";
                    default:
                        return null;
                }
            }

            return null;
        }

        private bool IsLockScope(ITypeSymbol? type) =>
            type != null && _contracts.Symbols.Lock != null && SymbolEqualityComparer.Default.Equals(type.ContainingType, _contracts.Symbols.Lock);

        /// <summary>What a <c>using var scope = m.EnterScope();</c> local was initialised with.</summary>
        private IOperation? ScopeInitializer(ILocalSymbol local)
        {
            var declarator = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellation);
            var model = _graph.OriginalOperation.SemanticModel;
            return declarator == null || model == null || declarator.SyntaxTree != model.SyntaxTree
                ? null
                : (model.GetOperation(declarator, _cancellation) as IVariableDeclaratorOperation)?.Initializer?.Value;
        }
    }
}
