using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Contracts
{
    /// <summary>Resolves annotation target strings (<c>"nf"</c>, <c>"this"</c>, <c>"return"</c>, <c>"pnf.NfNet"</c>) against a method.</summary>
    internal static class PathResolver
    {
        /// <summary>Resolves <paramref name="text"/>; on failure <paramref name="error"/> says what the text names instead.</summary>
        public static ContractPath? Resolve(IMethodSymbol method, string? text, out string? error)
        {
            error = null;
            if (string.IsNullOrWhiteSpace(text))
            {
                error = "empty";
                return null;
            }

            var parts = text!.Split('.');
            PathRootKind root;
            int ordinal = -1;
            ITypeSymbol? type;
            switch (parts[0])
            {
                case "this":
                    if (method.IsStatic && method.MethodKind != MethodKind.DelegateInvoke)
                    {
                        error = "'this' of a static method";
                        return null;
                    }

                    root = PathRootKind.This;
                    type = method.ContainingType;
                    break;
                case "return":
                    if (method.ReturnsVoid)
                    {
                        error = "the return value of a method that returns void";
                        return null;
                    }

                    root = PathRootKind.Return;
                    type = method.ReturnType;
                    break;
                default:
                    var parameter = FindParameter(method, parts[0]);
                    if (parameter == null)
                    {
                        error = $"not a parameter of '{method.Name}'";
                        return null;
                    }

                    root = PathRootKind.Parameter;
                    ordinal = parameter.Ordinal;
                    type = parameter.Type;
                    break;
            }

            var members = ImmutableArray.CreateBuilder<ISymbol>(parts.Length - 1);
            for (int i = 1; i < parts.Length; i++)
            {
                var member = type == null ? null : FindMember(type, parts[i]);
                if (member == null)
                {
                    error = $"not a path: '{parts[i]}' is not a field or property of '{type?.Name ?? "?"}'";
                    return null;
                }

                members.Add(member);
                type = MemberType(member);
            }

            return new ContractPath(root, ordinal, members.MoveToImmutable(), type, text);
        }

        public static IParameterSymbol? FindParameter(IMethodSymbol method, string name)
        {
            foreach (var p in method.Parameters)
            {
                if (string.Equals(p.Name, name, StringComparison.Ordinal))
                {
                    return p;
                }
            }

            return null;
        }

        /// <summary>
        /// A field or property named <paramref name="name"/> on the type, its bases or its interfaces, or, for a type
        /// parameter, on its constraints.
        /// </summary>
        public static ISymbol? FindMember(ITypeSymbol type, string name)
        {
            foreach (var t in AnnotationReader.SelfBasesAndInterfaces(type))
            {
                var found = FindDeclared(t, name);
                if (found != null)
                {
                    return found;
                }
            }

            return null;
        }

        public static ITypeSymbol? MemberType(ISymbol member) => member switch
        {
            IFieldSymbol f => f.Type,
            IPropertySymbol p => p.Type,
            _ => null,
        };

        private static ISymbol? FindDeclared(ITypeSymbol type, string name)
        {
            foreach (var m in type.GetMembers(name))
            {
                if (m is IFieldSymbol || (m is IPropertySymbol p && !p.IsIndexer))
                {
                    return m;
                }
            }

            return null;
        }
    }
}
