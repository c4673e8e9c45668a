using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Contracts
{
    internal sealed partial class AnnotationReader
    {
        /// <summary>
        /// The contract a method's own attributes declare (for a delegate's Invoke, the delegate type's too), with
        /// the mistakes in them. Inherited contracts are combined by the caller.
        /// </summary>
        public Declared<MethodContract> ReadMethod(IMethodSymbol method)
        {
            var mistakes = new MistakeList();
            var acquires = ImmutableArray.CreateBuilder<RefEffect>();
            var tryAcquires = ImmutableArray.CreateBuilder<RefEffect>();
            var releases = ImmutableArray.CreateBuilder<RefEffect>();
            var locks = new List<(string Kind, string Name, AttributeData Attribute)>();
            var aliases = ImmutableArray.CreateBuilder<(ContractPath, ContractPath)>();

            var attributes = method.MethodKind == MethodKind.DelegateInvoke
                ? method.GetAttributes().AddRange(method.ContainingType.GetAttributes())
                : method.GetAttributes();
            foreach (var attribute in attributes)
            {
                if (RefEffectKind(attribute) is { } kind)
                {
                    if (ReadRefEffect(mistakes, method, attribute, kind) is { } effect)
                    {
                        (kind == "Acquires" ? acquires : kind == "TryAcquires" ? tryAcquires : releases).Add(effect);
                    }
                }
                else if (LockKind(attribute) is { } lockKind)
                {
                    var name = FirstString(attribute);
                    if (string.IsNullOrWhiteSpace(name))
                    {
                        mistakes.Add(MistakeKind.UnknownTarget, attribute, lockKind, name ?? "", "empty: a lock needs a name");
                    }
                    else
                    {
                        locks.Add((lockKind, name!, attribute));
                    }
                }
                else if (Is(attribute, _symbols.Aliases))
                {
                    var first = ResolvePath(mistakes, method, attribute, "Aliases", FirstString(attribute, 0));
                    var second = ResolvePath(mistakes, method, attribute, "Aliases", FirstString(attribute, 1));
                    if (first != null && second != null)
                    {
                        aliases.Add((first, second));
                    }
                }
            }

            CheckContradictions(mistakes, method, acquires, tryAcquires, releases, locks);
            var live = method.Parameters.Select(p => p.GetAttributes().Any(a => Is(a, _symbols.Live))).ToImmutableArray();
            bool isAssume = method.Name == "Assume" && SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.Liveness);
            var contract = new MethodContract(
                acquires.ToImmutable(),
                tryAcquires.ToImmutable(),
                releases.ToImmutable(),
                Names(locks, "Locks"),
                Names(locks, "Unlocks"),
                Names(locks, "RequiresLock"),
                aliases.ToImmutable(),
                live,
                isAssume);
            return new Declared<MethodContract>(contract, mistakes.ToImmutable());
        }

        private RefEffect? ReadRefEffect(MistakeList mistakes, IMethodSymbol method, AttributeData attribute, string kind)
        {
            var text = FirstString(attribute);
            var path = ResolvePath(mistakes, method, attribute, kind, text);
            if (path == null)
            {
                return null;
            }

            if (kind == "Releases" && path.Root == PathRootKind.Return)
            {
                mistakes.Add(MistakeKind.UnknownTarget, attribute, kind, text!, "the return value, which the caller cannot have held before the call");
                return null;
            }

            if (kind == "TryAcquires" && method.ReturnType.SpecialType != SpecialType.System_Boolean && !method.ReturnType.IsReferenceType)
            {
                mistakes.Add(
                    MistakeKind.ContradictoryContract,
                    attribute,
                    $"[TryAcquires] on '{method.Name}' needs a bool or reference return to report success, but it returns '{method.ReturnType.ToDisplayString()}'");
                return null;
            }

            var counter = CheckedCounter(mistakes, attribute, kind, text!, path.Type);
            return counter == null ? null : new RefEffect(path, counter, attribute);
        }

        private static ContractPath? ResolvePath(MistakeList mistakes, IMethodSymbol method, AttributeData attribute, string kind, string? text)
        {
            var path = PathResolver.Resolve(method, text, out var error);
            if (path == null)
            {
                mistakes.Add(MistakeKind.UnknownTarget, attribute, kind, text ?? "", error ?? "unknown");
            }

            return path;
        }

        private static void CheckContradictions(
            MistakeList mistakes,
            IMethodSymbol method,
            ImmutableArray<RefEffect>.Builder acquires,
            ImmutableArray<RefEffect>.Builder tryAcquires,
            ImmutableArray<RefEffect>.Builder releases,
            List<(string Kind, string Name, AttributeData Attribute)> locks)
        {
            foreach (var (taken, verb) in acquires.Select(a => (a, "acquires")).Concat(tryAcquires.Select(a => (a, "try-acquires"))))
            {
                var release = releases.FirstOrDefault(r => r.Target.Text == taken.Target.Text && r.Counter == taken.Counter);
                if (release?.Attribute is { } attribute)
                {
                    mistakes.Add(MistakeKind.ContradictoryContract, attribute, $"'{method.Name}' both {verb} and releases the {taken.Counter} reference on '{taken.Target.Text}'");
                }
            }

            foreach (var group in locks.GroupBy(l => l.Name))
            {
                var kinds = group.Select(l => l.Kind).ToList();
                if (kinds.Contains("Locks") && kinds.Contains("Unlocks"))
                {
                    mistakes.Add(MistakeKind.ContradictoryContract, group.First().Attribute, $"'{method.Name}' both locks and unlocks '{group.Key}'");
                }
                else if (kinds.Contains("Locks") && kinds.Contains("RequiresLock"))
                {
                    mistakes.Add(MistakeKind.ContradictoryContract, group.First().Attribute, $"'{method.Name}' requires '{group.Key}' held and also takes it: it would deadlock");
                }
            }
        }

        private static ImmutableArray<string> Names(List<(string Kind, string Name, AttributeData Attribute)> locks, string kind) =>
            locks.Where(l => l.Kind == kind).Select(l => l.Name).Distinct().ToImmutableArray();

        private string? RefEffectKind(AttributeData attribute) =>
            Is(attribute, _symbols.Acquires) ? "Acquires"
            : Is(attribute, _symbols.TryAcquires) ? "TryAcquires"
            : Is(attribute, _symbols.Releases) ? "Releases"
            : null;

        private string? LockKind(AttributeData attribute) =>
            Is(attribute, _symbols.Locks) ? "Locks"
            : Is(attribute, _symbols.Unlocks) ? "Unlocks"
            : Is(attribute, _symbols.RequiresLock) ? "RequiresLock"
            : null;
    }
}
