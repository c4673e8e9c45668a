namespace RefOrder.Analyzers.Tests.Verifiers
{
    /// <summary>Wraps test members in a class with the usings every rule test needs, so cases show only the code under test.</summary>
    internal static class Snippet
    {
        public static string Class(string members) => $$"""
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RefOrder;
using static Api;

public static class C
{
{{members}}
}

public sealed class Scope : IDisposable
{
    public void Dispose() { }
}
""";
    }
}
