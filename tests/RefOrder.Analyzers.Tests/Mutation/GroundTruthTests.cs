using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RefOrder.Analyzers.Tests.Model;
using RefOrder.Analyzers.Tests.Verifiers;

namespace RefOrder.Analyzers.Tests.Mutation
{
    /// <summary>
    /// The mutation score is only as good as its ground truth, so the classifier is checked on its own, without the
    /// engine, on the shapes its definition names: last reference or not, use or null test, bound before or after.
    /// </summary>
    public class GroundTruthTests
    {
        private const string Contract = """
    [Releases("nf")]
    [Releases("nf.NfNet", Counter = "nfsd_net")]
""";

        public static TheoryData<string, bool> Cases => new TheoryData<string, bool>
        {
            // v2's order: the guard put, then the object put.
            { Contract + "public static void M(NfsdFile nf) { Net net = nf.NfNet; RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); NfsdFilePut(nf); }", true },
            // The review's order.
            { Contract + "public static void M(NfsdFile nf) { Net net = nf.NfNet; NfsdFilePut(nf); RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); }", false },
            // A member access after the guard put is a use.
            { Contract + "public static void M(NfsdFile nf) { RcuReadLock(); NfsdNetPut(nf.NfNet); RcuReadUnlock(); nf.Flags = 1; }", true },
            // A null test after it is not.
            { Contract + "public static void M(NfsdFile? nf) { RcuReadLock(); NfsdNetPut(nf!.NfNet); RcuReadUnlock(); if (nf == null) return; }", false },
            // A value copied out before the guard put is not the object.
            { Contract + "public static int M(NfsdFile nf) { int flags = nf.Flags; Net net = nf.NfNet; RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); NfsdFilePut(nf); return flags; }", true },
            { Contract + "public static int M(NfsdFile nf) { int flags = nf.Flags; Net net = nf.NfNet; NfsdFilePut(nf); RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); return flags; }", false },
            // On one branch only, the object put after the join still follows it on that path.
            { Contract + "public static void M(NfsdFile nf, bool fast) { Net net = nf.NfNet; if (fast) { RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); } NfsdFilePut(nf); }", true },
            // A second guard reference, taken and known to have succeeded, makes the put not the last.
            { Contract + "public static void M(NfsdFile nf) { Net net = nf.NfNet; RcuReadLock(); if (!NfsdNetTryGet(net)) { RcuReadUnlock(); return; } NfsdNetPut(net); RcuReadUnlock(); NfsdFilePut(nf); RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); }", false },
            // ... but not on the path where the try failed.
            { Contract + "public static void M(NfsdFile nf) { Net net = nf.NfNet; RcuReadLock(); NfsdNetTryGet(net); NfsdNetPut(net); RcuReadUnlock(); NfsdFilePut(nf); }", true },
            // An object that exists only after the guard's last put is not its object at that put.
            { "public static void M([Live] Net net) { RcuReadLock(); if (!NfsdNetTryGet(net)) { RcuReadUnlock(); return; } NfsdNetPut(net); RcuReadUnlock(); var nf = NfsdFileAcquire(net); if (nf != null) NfsdFilePut(nf); }", false },
            // [Aliases] ties a returned file to the namespace it came from.
            { "public static void M([Live] Net net) { RcuReadLock(); if (!NfsdNetTryGet(net)) { RcuReadUnlock(); return; } RcuReadUnlock(); var nf = NfsdFileAcquire(net); if (nf == null) return; RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); NfsdFilePut(nf); }", true },
            // The second pass of a loop uses the object after the first pass dropped the guard.
            { Contract + "public static void M(NfsdFile nf, int n) { Net net = nf.NfNet; while (n-- > 0) { nf.Flags++; if (n == 3) { RcuReadLock(); NfsdNetPut(net); RcuReadUnlock(); } } }", true },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void ClassifiesTheShape(string members, bool breaksTheOrder)
        {
            var (method, model) = Method(members);
            var violations = GroundTruth.Violations(method, model);
            Assert.True(breaksTheOrder == violations.Count > 0, breaksTheOrder ? "no violation found" : "violations: " + string.Join("; ", violations));
        }

        [Fact]
        public void StatementsOutsideItsModel_AreRefusedNotGuessed()
        {
            var (method, model) = Method(Contract + "public static void M(NfsdFile nf) { try { NfsdFilePut(nf); } finally { } }");
            Assert.Throws<NotSupportedException>(() => GroundTruth.Violations(method, model));
        }

        private static (BaseMethodDeclarationSyntax, SemanticModel) Method(string members)
        {
            var compilation = ModelCompilation.Compile(new[] { ("Test.cs", Snippet.Class(members)), ("Prelude.cs", Prelude.Source) });
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var tree = compilation.SyntaxTrees.First();
            return (tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "M"), compilation.GetSemanticModel(tree));
        }
    }
}
