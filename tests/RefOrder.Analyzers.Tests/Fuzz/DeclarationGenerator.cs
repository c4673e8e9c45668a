using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// Seeded random declarations in RefOrder's vocabulary, for the contract table rather than the engine: type
    /// graphs with self, mutual and cyclic guards, generic types and constrained type parameters, nested and
    /// partial types, base-class and interface chains, records and structs, contracts on interface members and
    /// overrides, and wrong or missing member names and counters. Every program compiles (the test checks it);
    /// the annotations in it may be right or wrong, which is the point. A short body per type uses the contracts
    /// so the engine reads them too.
    /// </summary>
    internal sealed class DeclarationGenerator
    {
        /// <summary>The PCG stream declaration programs are drawn from; with a seed it names one program exactly.</summary>
        public const uint Stream = 11;

        private static readonly string[] CounterNames = { "ref", "net", "pin" };

        private readonly PCG _random;
        private readonly StringBuilder _text = new StringBuilder();
        private readonly int _types;

        private readonly bool[] _generic;
        private readonly string[] _kinds;

        private DeclarationGenerator(ulong seed)
        {
            _random = new PCG(Stream, seed);
            _types = 2 + Pick(4);
            _generic = Enumerable.Range(0, _types).Select(_ => Chance(3)).ToArray();
            _kinds = Enumerable.Range(0, _types).Select(i => i == 0 ? "class" : Choose("class", "class", "record", "struct", "interface")).ToArray();
        }

        /// <summary>The source of program <paramref name="seed"/> (one file, its own namespace).</summary>
        public static string Program(ulong seed) => new DeclarationGenerator(seed).Write(seed);

        private string Write(ulong seed)
        {
            Line("using System.Collections.Generic;");
            Line("using RefOrder;");
            Line($"namespace D{seed};");
            Line("public interface IPutter<T> { [Releases(\"item\")] void Put(T item); [TryAcquires(\"item\")] bool TryGet(T item); }");
            for (int i = 0; i < _types; i++)
            {
                WriteType(i);
            }

            WriteHelpers();
            return _text.ToString();
        }

        /// <summary>
        /// A type argument every generic type accepts: T0 is always a class, so it satisfies both <c>class</c> and
        /// <c>T0</c> constraints; when T0 is itself generic no type is constrained to it and <c>object</c> will do.
        /// </summary>
        private string Argument => _generic[0] ? "object" : "T0";

        /// <summary>How type <paramref name="j"/> is named from elsewhere.</summary>
        private string Named(int j) => _generic[j] ? $"T{j}<{Argument}>" : $"T{j}";

        /// <summary>
        /// Type <c>Ti</c>: a non-sealed class, a record, a struct or an interface, generic or not, possibly partial,
        /// possibly with a nested refcounted type; its guards name its own members, which are typed as itself
        /// (self-guarded), as other types of the program (mutual and cyclic guards), or as its type parameter.
        /// </summary>
        private void WriteType(int i)
        {
            string kind = _kinds[i];
            string self = _generic[i] ? $"T{i}<TItem>" : $"T{i}";
            if (Counters() is { } counters)
            {
                Line(counters);
            }

            for (int g = Pick(3); g > 0; g--)
            {
                Line($"[GuardedBy(\"{Choose("Parent", "Other", "Value", "Missing", "Items")}\"{CounterArgument()})]");
            }

            bool derived = kind == "class" && i > 0 && !_generic[0] && Chance(2);
            int putter = Pick(_types);
            bool implementsPutter = kind != "interface" && Chance(3);
            var bases = new List<string>();
            if (derived)
            {
                bases.Add("T0");
            }

            if (implementsPutter)
            {
                bases.Add($"IPutter<{Named(putter)}>");
            }

            string constraint = _generic[i] ? (!_generic[0] && Chance(2) ? " where TItem : T0" : " where TItem : class") : "";
            bool partial = kind != "interface" && Chance(3);
            Line($"public {(partial ? "partial " : "")}{kind} {self}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}{constraint}");
            Line("{");
            if (kind == "interface")
            {
                Line($"    [Releases(\"this\"{CounterArgument()})] void Release();");
                Line($"    {HoldsRef()}{self}? Parent {{ get; }}");
            }
            else
            {
                WriteMembers(i, self, kind, derived);
                if (implementsPutter)
                {
                    Line($"    void IPutter<{Named(putter)}>.Put({Named(putter)} item) {{ }}");
                    Line($"    bool IPutter<{Named(putter)}>.TryGet({Named(putter)} item) => false;");
                }
            }

            if (kind == "class" && Chance(2))
            {
                Line("    [RefCounted]");
                Line("    [GuardedBy(\"Outer\")]");
                Line($"    public class Inner {{ public {self}? Outer; [HoldsRef] public Inner? Next; }}");
            }

            Line("}");
            if (partial)
            {
                Line($"public partial {kind} {self}");
                Line("{");
                Line($"    {HoldsRef()}public {Named((i + 1) % _types)}? Sibling => default;");
                Line("}");
            }
        }

        private void WriteMembers(int i, string self, string kind, bool derived)
        {
            bool isStruct = kind == "struct";

            // A struct cannot hold itself; its "parent" is another type.
            string parentType = isStruct ? Named(0) : self;
            // Nor any other struct (two structs holding each other are a layout cycle too).
            var candidates = Enumerable.Range(0, _types).Where(j => !isStruct || _kinds[j] != "struct").ToArray();
            string other = Named(candidates[Pick(candidates.Length)]);
            Line($"    {HoldsRef()}public {parentType}? Parent {{ get; set; }}");
            Line($"    {HoldsRef()}public {other}? Other {{ get; set; }}");
            Line($"    {HoldsRef()}public List<{parentType}>? Items {{ get; set; }}");
            if (_generic[i])
            {
                Line($"    {HoldsRef()}public TItem? Value {{ get; set; }}");
            }

            if (Chance(2))
            {
                Line($"    [LiveUnderLock(\"{Choose("gc", "rcu", "")}\")] public {other}? Locked {{ get; set; }}");
            }

            // Contracts on virtual methods, and on overrides of them in derived classes (inherited or restated).
            string virtuality = isStruct ? "" : derived ? "override " : "virtual ";
            string getContract = derived && Chance(2) ? "" : $"[Acquires(\"this\"{CounterArgument()})] ";
            string putContract = derived && Chance(2) ? "" : $"[Releases(\"{Choose("this", "this.Parent", "Parent", "nothing")}\"{CounterArgument()})] ";
            Line($"    {getContract}public {virtuality}void Get() {{ }}");
            Line($"    {putContract}public {virtuality}void Put() {{ }}");
            Line($"    [TryAcquires(\"{Choose("return", "this", "x")}\"{CounterArgument()})] public {parentType}? TryGet() => default;");
            Line("    public void Drop()");
            Line("    {");
            Line("        var parent = Parent;");
            foreach (var statement in Shuffle("Get();", "Put();", "parent?.Put();", "if (parent != null && parent.TryGet() is { } p) p.Put();", "foreach (var item in Items ?? new()) item.Put();"))
            {
                Line("        " + statement);
            }

            Line("    }");
        }

        private void WriteHelpers()
        {
            Line("public static class Helpers");
            Line("{");
            for (int i = 0; i < _types; i++)
            {
                string type = Named(i);
                Line($"    [Acquires(\"{Choose("x", "x.Parent", "y", "x.Missing", "x.Other.Parent")}\"{CounterArgument()})] public static void Get{i}({type} x) {{ }}");
                Line($"    [Releases(\"{Choose("x", "x.Parent", "return", "x.Other")}\"{CounterArgument()})] public static void Put{i}({type} x) {{ }}");
                Line($"    [Releases(\"x\"{CounterArgument()})] public static void Use{i}({type} x) {{ var o = x.Parent; Get{i}(x); Put{i}(x); Put{i}(x); System.GC.KeepAlive(o); }}");
                Line($"    public static void Generic{i}<TX>(TX x) where TX : {(_kinds[i] == "struct" ? "struct" : type)} {{ System.GC.KeepAlive(x); }}");
            }

            Line("}");
        }

        private string? Counters() => Pick(4) switch
        {
            0 => null,
            1 => "[RefCounted]",
            2 => $"[RefCounted(\"{Choose(CounterNames)}\", \"{Choose(CounterNames)}\")]",
            _ => $"[RefCounted(\"{Choose(CounterNames)}\")]",
        };

        private string CounterArgument() => Chance(2) ? "" : $", Counter = \"{Choose(CounterNames)}\"";

        private string HoldsRef() => Pick(3) switch
        {
            0 => "",
            1 => "[HoldsRef] ",
            _ => $"[HoldsRef(Counter = \"{Choose(CounterNames)}\")] ",
        };

        private IEnumerable<string> Shuffle(params string[] items) => items.OrderBy(_ => _random.Next()).Take(1 + Pick(items.Length));

        private string Choose(params string[] options) => options[Pick(options.Length)];

        private bool Chance(int oneIn) => Pick(oneIn) == 0;

        private int Pick(int n) => (int)_random.Next((uint)n);

        private void Line(string line) => _text.Append(line).Append('\n');
    }
}
