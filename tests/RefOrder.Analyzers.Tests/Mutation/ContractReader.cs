using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Tests.Mutation
{
    /// <summary>
    /// The annotations, read straight from the attributes (not through the engine's contract table, so the ground
    /// truth does not inherit the engine's reading of them).
    /// </summary>
    internal static class ContractReader
    {
        /// <summary>A reference-count effect of a method: its target path as written and its counter (null: the type's only one).</summary>
        public readonly record struct Effect(string Target, string? Counter);

        public static IReadOnlyList<Effect> Releases(IMethodSymbol method) => Effects(method, "ReleasesAttribute");

        public static IReadOnlyList<Effect> Acquires(IMethodSymbol method) => Effects(method, "AcquiresAttribute");

        public static IReadOnlyList<Effect> TryAcquires(IMethodSymbol method) => Effects(method, "TryAcquiresAttribute");

        /// <summary>[Aliases(path, other)]: after the call the two paths denote one object.</summary>
        public static IReadOnlyList<(string Path, string Other)> Aliases(IMethodSymbol method) =>
            Attributes(method, "AliasesAttribute").Select(a => ((string)a.ConstructorArguments[0].Value!, (string)a.ConstructorArguments[1].Value!)).ToList();

        public static bool Has(ISymbol symbol, string attribute) => Attributes(symbol, attribute).Any();

        public static string? Lock(IMethodSymbol method, string attribute) =>
            Attributes(method, attribute).Select(a => (string?)a.ConstructorArguments[0].Value).FirstOrDefault();

        /// <summary>[GuardedBy(member, Counter)] on the object's type: the member holding its guard and the guard's counter.</summary>
        public static (string Member, string Counter)? GuardOf(ITypeSymbol? type)
        {
            var attribute = type == null ? null : Attributes(type, "GuardedByAttribute").FirstOrDefault();
            if (attribute == null)
            {
                return null;
            }

            var member = (string)attribute.ConstructorArguments[0].Value!;
            var counter = Named(attribute, "Counter");
            var memberType = type!.GetMembers(member).Select(m => m switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null }).FirstOrDefault(t => t != null);
            return (member, counter ?? DefaultCounter(memberType));
        }

        /// <summary>The counter a target of <paramref name="type"/> means when none is named: its only one ("ref" when [RefCounted] names none).</summary>
        public static string DefaultCounter(ITypeSymbol? type)
        {
            var counters = type == null ? null : Attributes(type, "RefCountedAttribute").Select(a => a.ConstructorArguments[0].Values.Select(v => (string)v.Value!).ToList()).FirstOrDefault();
            return counters == null ? "?" : counters.Count == 0 ? "ref" : counters.Count == 1 ? counters[0] : "?";
        }

        private static IReadOnlyList<Effect> Effects(IMethodSymbol method, string attribute) =>
            Attributes(method, attribute).Select(a => new Effect((string)a.ConstructorArguments[0].Value!, Named(a, "Counter"))).ToList();

        private static string? Named(AttributeData attribute, string name) =>
            attribute.NamedArguments.Where(n => n.Key == name).Select(n => (string?)n.Value.Value).FirstOrDefault();

        private static IEnumerable<AttributeData> Attributes(ISymbol symbol, string name) =>
            symbol.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == "RefOrder." + name);
    }
}
