using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// CsCheck generators of small methods over the <see cref="Verifiers.Prelude"/> vocabulary: gets, puts, guard puts,
    /// locks, branches, loops with break and continue, switch, try/catch/finally, using, lock, lambdas and local
    /// functions, <c>?.</c>, patterns, goto and throw. Every generated program is meant to compile (the fuzz test checks
    /// it, so a generator slip shows up as such rather than as a quiet loss of coverage); the jumps offered depend on
    /// where the statement sits, which is what <see cref="Where"/> tracks.
    /// </summary>
    internal static class ProgramGenerator
    {
        /// <summary>The PCG stream every fuzz program is drawn from; with a seed it names one program exactly.</summary>
        public const uint Stream = 7;

        private static readonly Dictionary<(Where, int), Gen<Code>> Memo = new Dictionary<(Where, int), Gen<Code>>();

        /// <summary>The members of one program (wrap with <see cref="Verifiers.Snippet.Class"/>).</summary>
        public static string Members(ulong seed, int minMethods = 1, int maxMethods = 3, int depth = 3, int bodyLength = 0)
        {
            var methods = Method(depth, bodyLength).Array[minMethods, maxMethods].Generate(new PCG(Stream, seed), null!, out _);
            var writer = new CodeWriter();
            for (int i = 0; i < methods.Length; i++)
            {
                methods[i](i).WriteTo(writer);
            }

            return writer.ToString();
        }

        /// <summary>
        /// A method: contract attributes, parameters with or without [Live], a body ending at label <c>done</c>; the body
        /// has one to four statements, or exactly <paramref name="bodyLength"/> when that is given (long methods).
        /// </summary>
        private static Gen<System.Func<int, Code>> Method(int depth, int bodyLength) =>
            Gen.Select(Gen.Bool.Array[6, 6], bodyLength > 0 ? Sequence(Statement(new Where(false, false, false, false), depth).Array[bodyLength, bodyLength]) : Body(new Where(false, false, false, false), depth), (flags, body) =>
                (System.Func<int, Code>)(index => new Code(w =>
                {
                    if (flags[0]) w.Line("[Releases(\"nf\")]");
                    if (flags[1]) w.Line("[Releases(\"nf.NfNet\", Counter = \"nfsd_net\")]");
                    if (flags[2]) w.Line("[Releases(\"net\", Counter = \"net\")]");
                    if (flags[3]) w.Line("[RequiresLock(\"rcu\")]");
                    var live = flags[4] ? "[Live] " : "";
                    var liveNet = flags[5] ? "[Live] " : "";
                    w.Line($"public static void M{index}({live}NfsdFile nf, {liveNet}Net net, Holder h, {live}List<NfsdFile> files, int n, bool b, object o)");
                    w.Block(inner =>
                    {
                        body.WriteTo(inner);
                        inner.Line("done: ;");
                    });
                })));

        /// <summary>One to four statements.</summary>
        private static Gen<Code> Body(Where where, int depth) => Sequence(Statement(where, depth).Array[1, 4]);

        private static Gen<Code> Sequence(Gen<Code[]> statements) =>
            statements.Select(list => new Code(w =>
            {
                foreach (var s in list)
                {
                    s.WriteTo(w);
                }
            }));

        private static Gen<Code> Statement(Where where, int depth)
        {
            lock (Memo)
            {
                if (Memo.TryGetValue((where, depth), out var known))
                {
                    return known;
                }
            }

            var choices = new List<(int, IGen<Code>)> { (6, Atom) };
            choices.AddRange(Jumps(where).Select(j => (1, (IGen<Code>)Gen.Const(j))));
            if (depth > 0)
            {
                choices.AddRange(Compound(where, depth - 1));
            }

            var gen = Gen.Frequency(choices.ToArray());
            lock (Memo)
            {
                Memo[(where, depth)] = gen;
            }

            return gen;
        }

        private static IEnumerable<Code> Jumps(Where where)
        {
            if ((where.InLoop || where.InSwitch) && !where.InFinally) yield return Code.Text("break;");
            if (where.InLoop && !where.InFinally) yield return Code.Text("continue;");
            if (!where.InFinally) yield return Code.Text("return;");
            if (!where.InLambda && !where.InFinally) yield return Code.Text("goto done;");
            yield return Code.Text("throw new InvalidOperationException();");
        }

        private static IEnumerable<(int, IGen<Code>)> Compound(Where where, int depth)
        {
            var body = Body(where, depth);
            var loop = Body(where with { InLoop = true }, depth);
            var lambda = Body(new Where(false, false, false, true), depth);

            yield return (3, Gen.Select(Condition, body, Gen.Bool, body, (c, then, hasElse, otherwise) => new Code(w =>
            {
                w.Line($"if ({c})");
                w.Block(then.WriteTo);
                if (hasElse)
                {
                    w.Line("else");
                    w.Block(otherwise.WriteTo);
                }
            })));
            yield return (1, Gen.Select(loop, Gen.Int[0, 3], (b, kind) => new Code(w =>
            {
                switch (kind)
                {
                    case 0:
                        w.Line("while (n-- > 0)");
                        w.Block(b.WriteTo);
                        break;
                    case 1:
                        var i = w.Fresh();
                        w.Line($"for (int {i} = 0; {i} < n; {i}++)");
                        w.Block(b.WriteTo);
                        break;
                    case 2:
                        w.Line("do");
                        w.Block(b.WriteTo);
                        w.Line("while (b && n-- > 0);");
                        break;
                    default:
                        w.Line($"foreach (var {w.Fresh()} in files)");
                        w.Block(b.WriteTo);
                        break;
                }
            })));
            var section = Body(where with { InSwitch = true }, depth);
            yield return (1, Gen.Select(section, section, section, (a, b, c) => new Code(w =>
            {
                w.Line("switch (n)");
                w.Block(s =>
                {
                    foreach (var (label, code) in new[] { ("case 0:", a), ("case 1:", b), ("default:", c) })
                    {
                        s.Line(label);
                        s.Block(code.WriteTo);
                        s.Line("break;");
                    }
                });
            })));
            var final = Body(new Where(false, false, true, where.InLambda), depth);
            yield return (1, Gen.Select(body, body, final, Gen.Int[0, 2], (t, c, f, kind) => new Code(w =>
            {
                w.Line("try");
                w.Block(t.WriteTo);
                if (kind != 1)
                {
                    w.Line("catch (InvalidOperationException)");
                    w.Block(c.WriteTo);
                }

                if (kind != 0)
                {
                    w.Line("finally");
                    w.Block(f.WriteTo);
                }
            })));
            yield return (1, Gen.Select(body, Gen.Int[0, 2], (b, kind) => new Code(w =>
            {
                switch (kind)
                {
                    case 0:
                        w.Line($"using (var {w.Fresh()} = new Scope())");
                        w.Block(b.WriteTo);
                        break;
                    case 1:
                        // In braces of its own: a goto may not jump past a using declaration to a later label (CS8648).
                        w.Block(inner =>
                        {
                            inner.Line($"using var {inner.Fresh()} = new Scope();");
                            b.WriteTo(inner);
                        });
                        break;
                    default:
                        w.Line("lock (h)");
                        w.Block(b.WriteTo);
                        break;
                }
            })));
            yield return (1, Gen.Select(lambda, Gen.Bool, (b, local) => new Code(w =>
            {
                var name = w.Fresh();
                w.Line(local ? $"void {name}()" : $"Action {name} = () =>");
                w.Block(b.WriteTo);
                if (!local)
                {
                    w.Line(";");
                }

                w.Line($"{name}();");
            })));
        }

        private static readonly Gen<string> Condition = Gen.OneOfConst(
            "b",
            "n > 0",
            "nf.Flags == 0",
            "nf.Next != null",
            "NfsdFileGet(nf) != null",
            "o is NfsdFile",
            "NfsdNetTryGet(net)",
            "h.File?.Next is { Flags: > 1 }");

        /// <summary>Straight-line statements of the vocabulary.</summary>
        private static readonly Gen<Code> Atom = Gen.OneOfConst(
            Code.Text("NfsdFilePut(nf);"),
            Code.Text("NfsdFileGetLive(nf);"),
            Code.Text("NfsdNetPut(net);"),
            Code.Text("RcuReadLock();", "NfsdNetPut(nf.NfNet);", "RcuReadUnlock();"),
            Code.Text("RcuReadLock();", "if (NfsdNetTryGet(net))", "{", "    NfsdNetPut(net);", "}", "RcuReadUnlock();"),
            Code.Text("GetNet(net);"),
            Code.Text("PutNet(net);"),
            Code.Text("GetNet(nf.NfNet);"),
            Code.Text("PutNet(nf.PinnedNet);"),
            Code.Text("RcuReadLock();"),
            Code.Text("RcuReadUnlock();"),
            Code.Text("GcLock();"),
            Code.Text("GcUnlock();"),
            Code.Text("Touch(nf);"),
            Code.Text("Touch(nf.NfNet);"),
            Code.Text("Touch(nf?.Next?.NfNet);"),
            Code.Text("nf.Flags++;"),
            Code.Text("Touch(h.File.NfNet);"),
            Code.Text("Touch(h.Borrowed);"),
            Code.Text("NetGeneric(nf.NfNet, 1);"),
            Code.Text("NetGeneric(net, n);"),
            Code.Text("NetGeneric(nf.PinnedNet, 0);"),
            Code.Text("GcLock();", "NetGeneric(nf.LockedNet, 0);", "GcUnlock();"),
            Code.Text("nf = h.File;"),
            Code.Text("net = nf.NfNet;"),
            Code.Text("nf = nf.Next ?? nf;"),
            Code.Text("Interlocked.Exchange(ref h.File, nf);"),
            Code.Text("var {x} = Interlocked.Exchange(ref h.Borrowed, null!);", "Touch({x}?.NfNet);"),
            Code.Text("Liveness.Assume(net, \"fuzz: the caller pins the namespace\");"),
            Code.Text("if (NfsdFileGet(nf) is { } {x})", "{", "    NfsdFilePut({x});", "}"),
            Code.Text("var {x} = NfsdFileAcquire(net);", "if ({x} != null)", "{", "    NfsdFilePut({x});", "}"),
            Code.Text("n++;"),
            Code.Text("b = !b;"),
            Code.Text("Func<NfsdFile?, int> {x} = f => f?.Flags ?? 0;", "n += {x}(nf);"),
            Code.Text("n = o switch { NfsdFile { Flags: > 0 } {x} => {x}.Flags, Net => 1, _ => 0 };"),
            Code.Text("if (o is NfsdFile {x} && NfsdFileGet({x}) is NfsdFile {y})", "{", "    Touch({y}.NfNet);", "    NfsdFilePut({y});", "}"),
            Code.Text("foreach (var {x} in files) Touch({x}.NfNet);"),
            Code.Text("var {x} = Lookup(n);", "Touch({x}?.NfNet);"),
            Code.Text("if (FindNet(n) is { } {x} && NfsdNetTryGet({x}))", "{", "    NfsdNetPut({x});", "}"));

        /// <summary>Where a statement sits: which jumps are legal there.</summary>
        private readonly record struct Where(bool InLoop, bool InSwitch, bool InFinally, bool InLambda);
    }
}
