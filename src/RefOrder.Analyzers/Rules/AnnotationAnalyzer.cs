using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RefOrder.Analyzers.Contracts;

namespace RefOrder.Analyzers.Rules
{
    /// <summary>
    /// RO0901–RO0905: annotation mistakes, reported at the attribute (or the <c>Liveness.Assume</c> call). The
    /// engine ignores annotations it cannot understand, so each mistake must be visible here.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AnnotationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.RO0901UnknownTarget,
            Descriptors.RO0902UnknownCounter,
            Descriptors.RO0903AssumeWithoutReason,
            Descriptors.RO0904ContradictoryContract,
            Descriptors.RO0905NotRefCounted);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var table = ContractTable.For(start.Compilation);
                if (!table.Symbols.HasVocabulary)
                {
                    return;
                }

                var checks = new AnnotationChecks(table);
                start.RegisterSymbolAction(c => checks.CheckMethod(c, (IMethodSymbol)c.Symbol), SymbolKind.Method);
                start.RegisterSymbolAction(c => checks.CheckType(c, (INamedTypeSymbol)c.Symbol), SymbolKind.NamedType);
                start.RegisterSymbolAction(c => checks.CheckMember(c, c.Symbol), SymbolKind.Field, SymbolKind.Property);
                start.RegisterOperationAction(c => checks.CheckAssume(c, (IInvocationOperation)c.Operation), OperationKind.Invocation);
            });
        }

        /// <summary>The checks, with the compilation's contract table at hand.</summary>
        private sealed class AnnotationChecks
        {
            private readonly ContractTable _table;

            public AnnotationChecks(ContractTable table) => _table = table;

            private WellKnownSymbols S => _table.Symbols;

            public void CheckMethod(SymbolAnalysisContext context, IMethodSymbol method)
            {
                var refEffects = new List<(string Kind, string Target, string Counter, AttributeData Attribute)>();
                var locks = new Dictionary<string, List<(string Kind, AttributeData Attribute)>>();
                foreach (var attribute in method.GetAttributes())
                {
                    string? kind = RefEffectKind(attribute);
                    if (kind != null)
                    {
                        if (CheckRefEffect(context, method, attribute, kind) is { } resolved)
                        {
                            refEffects.Add((kind, resolved.Target, resolved.Counter, attribute));
                        }
                    }
                    else if (LockKind(attribute) is { } lockKind)
                    {
                        var name = ContractTable.FirstString(attribute);
                        if (string.IsNullOrWhiteSpace(name))
                        {
                            Report(context, Descriptors.RO0901UnknownTarget, attribute, lockKind, name ?? "", "empty: a lock needs a name");
                            continue;
                        }

                        if (!locks.TryGetValue(name!, out var list))
                        {
                            locks[name!] = list = new List<(string, AttributeData)>();
                        }

                        list.Add((lockKind, attribute));
                    }
                    else if (WellKnownSymbols.Is(attribute, S.Aliases))
                    {
                        foreach (var text in new[] { ContractTable.FirstString(attribute, 0), ContractTable.FirstString(attribute, 1) })
                        {
                            if (PathResolver.Resolve(method, text, out var error) == null)
                            {
                                Report(context, Descriptors.RO0901UnknownTarget, attribute, "Aliases", text ?? "", error ?? "unknown");
                            }
                        }
                    }
                }

                foreach (var acquire in refEffects.Where(e => e.Kind != "Releases"))
                {
                    var release = refEffects.FirstOrDefault(e => e.Kind == "Releases" && e.Target == acquire.Target && e.Counter == acquire.Counter);
                    if (release.Attribute != null)
                    {
                        Report(context, Descriptors.RO0904ContradictoryContract, release.Attribute,
                            $"'{method.Name}' both {(acquire.Kind == "Acquires" ? "acquires" : "try-acquires")} and releases the {acquire.Counter} reference on '{acquire.Target}'");
                    }
                }

                foreach (var pair in locks)
                {
                    var kinds = pair.Value.Select(v => v.Kind).ToList();
                    if (kinds.Contains("Locks") && kinds.Contains("Unlocks"))
                    {
                        Report(context, Descriptors.RO0904ContradictoryContract, pair.Value[0].Attribute, $"'{method.Name}' both locks and unlocks '{pair.Key}'");
                    }
                    else if (kinds.Contains("Locks") && kinds.Contains("RequiresLock"))
                    {
                        Report(context, Descriptors.RO0904ContradictoryContract, pair.Value[0].Attribute, $"'{method.Name}' requires '{pair.Key}' held and also takes it: it would deadlock");
                    }
                }
            }

            private (string Target, string Counter)? CheckRefEffect(SymbolAnalysisContext context, IMethodSymbol method, AttributeData attribute, string kind)
            {
                var text = ContractTable.FirstString(attribute);
                var path = PathResolver.Resolve(method, text, out var error);
                if (path == null)
                {
                    Report(context, Descriptors.RO0901UnknownTarget, attribute, kind, text ?? "", error ?? "unknown");
                    return null;
                }

                if (kind == "Releases" && path.Root == PathRootKind.Return)
                {
                    Report(context, Descriptors.RO0901UnknownTarget, attribute, kind, text!, "the return value, which the caller cannot have held before the call");
                    return null;
                }

                if (kind == "TryAcquires" && method.ReturnType.SpecialType != SpecialType.System_Boolean && !method.ReturnType.IsReferenceType)
                {
                    Report(context, Descriptors.RO0904ContradictoryContract, attribute,
                        $"[TryAcquires] on '{method.Name}' needs a bool or reference return to report success, but it returns '{method.ReturnType.ToDisplayString()}'");
                    return null;
                }

                return CheckCounter(context, attribute, kind, text!, path.Type, ContractTable.NamedString(attribute, "Counter")) is { } counter
                    ? (path.Text, counter)
                    : ((string, string)?)null;
            }

            /// <summary>RO0905 when the type is not [RefCounted], RO0902 when the counter is wrong; the counter otherwise.</summary>
            private string? CheckCounter(SymbolAnalysisContext context, AttributeData attribute, string kind, string subject, ITypeSymbol? type, string? counter)
            {
                var declared = _table.GetType(type).Counters;
                if (declared == null)
                {
                    Report(context, Descriptors.RO0905NotRefCounted, attribute, kind, subject, type?.ToDisplayString() ?? "?");
                    return null;
                }

                var resolved = _table.ResolveCounter(type, counter);
                if (resolved == null)
                {
                    string list = string.Join(", ", declared.Value);
                    string detail = counter == null
                        ? $"on '{subject}' must name a counter: '{type!.Name}' declares several ({list})"
                        : $"names counter '{counter}', which '{type!.Name}' does not declare (declared: {list})";
                    Report(context, Descriptors.RO0902UnknownCounter, attribute, kind, detail);
                }

                return resolved;
            }

            public void CheckType(SymbolAnalysisContext context, INamedTypeSymbol type)
            {
                foreach (var attribute in type.GetAttributes())
                {
                    if (WellKnownSymbols.Is(attribute, S.RefCounted))
                    {
                        var counters = ContractTable.DeclaredCounters(attribute);
                        var duplicate = counters.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
                        if (duplicate != null)
                        {
                            Report(context, Descriptors.RO0904ContradictoryContract, attribute, $"'{type.Name}' declares counter '{duplicate.Key}' twice");
                        }
                    }
                    else if (WellKnownSymbols.Is(attribute, S.GuardedBy))
                    {
                        var name = ContractTable.FirstString(attribute);
                        var member = name == null ? null : PathResolver.FindMember(type, name);
                        if (member == null)
                        {
                            Report(context, Descriptors.RO0901UnknownTarget, attribute, "GuardedBy", name ?? "", $"not a field or property of '{type.Name}'");
                            continue;
                        }

                        if (!_table.GetType(type).IsRefCounted)
                        {
                            Report(context, Descriptors.RO0905NotRefCounted, attribute, "GuardedBy", type.Name, type.ToDisplayString());
                        }

                        CheckCounter(context, attribute, "GuardedBy", name!, PathResolver.MemberType(member), ContractTable.NamedString(attribute, "Counter"));
                    }
                }
            }

            public void CheckMember(SymbolAnalysisContext context, ISymbol member)
            {
                foreach (var attribute in member.GetAttributes())
                {
                    if (WellKnownSymbols.Is(attribute, S.HoldsRef))
                    {
                        var type = ElementOrSelf(PathResolver.MemberType(member));
                        CheckCounter(context, attribute, "HoldsRef", member.Name, type, ContractTable.NamedString(attribute, "Counter"));
                    }
                    else if (WellKnownSymbols.Is(attribute, S.LiveUnderLock) && string.IsNullOrWhiteSpace(ContractTable.FirstString(attribute)))
                    {
                        Report(context, Descriptors.RO0901UnknownTarget, attribute, "LiveUnderLock", "", "empty: a lock needs a name");
                    }
                }
            }

            public void CheckAssume(OperationAnalysisContext context, IInvocationOperation invocation)
            {
                if (!_table.GetMethod(invocation.TargetMethod).IsAssume)
                {
                    return;
                }

                var reason = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1)?.Value;
                bool isLiteral = reason?.Syntax is LiteralExpressionSyntax && reason.ConstantValue is { HasValue: true, Value: string s } && s.Trim().Length > 0;
                if (!isLiteral)
                {
                    var value = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.RO0903AssumeWithoutReason, invocation.Syntax.GetLocation(), value?.Syntax.ToString() ?? "?"));
                }
            }

            private string? RefEffectKind(AttributeData attribute) =>
                WellKnownSymbols.Is(attribute, S.Acquires) ? "Acquires"
                : WellKnownSymbols.Is(attribute, S.TryAcquires) ? "TryAcquires"
                : WellKnownSymbols.Is(attribute, S.Releases) ? "Releases"
                : null;

            private string? LockKind(AttributeData attribute) =>
                WellKnownSymbols.Is(attribute, S.Locks) ? "Locks"
                : WellKnownSymbols.Is(attribute, S.Unlocks) ? "Unlocks"
                : WellKnownSymbols.Is(attribute, S.RequiresLock) ? "RequiresLock"
                : null;

            /// <summary>[HoldsRef] on a collection applies to its elements.</summary>
            private ITypeSymbol? ElementOrSelf(ITypeSymbol? type)
            {
                if (type == null || _table.GetType(type).IsRefCounted)
                {
                    return type;
                }

                if (type is IArrayTypeSymbol array)
                {
                    return array.ElementType;
                }

                var enumerable = type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
                return enumerable?.TypeArguments[0] ?? type;
            }

            private static void Report(SymbolAnalysisContext context, DiagnosticDescriptor rule, AttributeData attribute, params object[] args)
            {
                var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? context.Symbol.Locations.FirstOrDefault();
                context.ReportDiagnostic(Diagnostic.Create(rule, location, args));
            }
        }
    }
}
