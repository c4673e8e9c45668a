using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RefOrder.Analyzers.Tests.Mutation
{
    /// <summary>
    /// The ground truth the mutation test holds RO0001 to, computed without the engine: does a guard put now precede
    /// its object's last put or use on some path?
    /// </summary>
    /// <remarks>
    /// <para>
    /// Definition. A method breaks the order when, on some path through its body, a release of the guard reference of
    /// an object O drops the last such reference the method holds, and later on that path O — the same value, bound
    /// before that release — is used or released. Precisely:
    /// </para>
    /// <list type="bullet">
    /// <item>Values are named by keys. A parameter is its name; a local takes the key of the access path assigned to
    /// it (<c>net = nf.NfNet</c> makes <c>net</c> the value <c>nf.NfNet</c>), <c>Interlocked.Exchange(ref x, …)</c>
    /// yields x's value, and anything else (a call, an indexer, a new object) is a fresh value. A store into a member
    /// path gives that path the stored value. [Aliases(p, q)] on a call makes the two paths one value afterwards.
    /// Values the contracts do not connect are different values (<c>NfsdFileGet(nf)</c> returns a fresh one).</item>
    /// <item>O is a value whose type carries [GuardedBy(Member, Counter)]; its guard is the value at <c>O.Member</c>,
    /// counted by Counter. A guard release is a call with [Releases(t, Counter)] whose target t, resolved against the
    /// call's arguments, is that guard value with that counter.</item>
    /// <item>References held per (value, counter): one at entry for each [Releases] on the method itself (the caller
    /// hands it over); +1 after an [Acquires]; +1 after a [TryAcquires] on the branch where it is known to have
    /// succeeded (its bool result tested true, or the value it returned tested non-null); −1 at each release. A release
    /// drops the last reference when at most one was held before it.</item>
    /// <item>A use of O is any read of O's value or of a member path rooted at it — a member access, an argument (by
    /// value or by ref), a returned value, an operand — except a null test (<c>O == null</c>, <c>O != null</c>,
    /// <c>O is null</c>, a type or declaration pattern) and the left side of a plain assignment. A release of O is a
    /// use.</item>
    /// <item>Paths: both outcomes of every condition, with <c>&amp;&amp;</c> and <c>||</c> short-circuiting;
    /// <c>return</c> and <c>throw</c> end a path; a loop body runs zero, one or two times (<c>while (true)</c>: one or
    /// two); the operands of <c>?.</c>, <c>??</c> and <c>?:</c> count as evaluated (a use there is a use on some path);
    /// lambda and local function bodies are not entered. Any other statement kind (try, switch, goto, break, continue,
    /// using) throws <see cref="NotSupportedException"/>, so a model change cannot silently shrink what is classified.</item>
    /// </list>
    /// <para>
    /// What this deliberately leaves out: re-acquiring the guard after its last reference was dropped does not make
    /// later uses of O safe (O may have been freed in between); and the spec's "provably holds no other reference" is
    /// read as the count above, so two references the contracts do not connect are not merged.
    /// </para>
    /// </remarks>
    internal sealed partial class GroundTruth
    {
        private readonly SemanticModel _model;
        private readonly List<string> _violations = new List<string>();
        private int _step;

        private GroundTruth(SemanticModel model) => _model = model;

        /// <summary>Each violation as "release … then use …", empty when the order is kept on every path.</summary>
        public static IReadOnlyList<string> Violations(BaseMethodDeclarationSyntax method, SemanticModel model)
        {
            var truth = new GroundTruth(model);
            var symbol = (IMethodSymbol?)model.GetDeclaredSymbol(method) ?? throw new InvalidOperationException("no symbol for " + method);
            var entry = truth.Entry(symbol);
            if (method.Body != null)
            {
                truth.Block(method.Body.Statements, new List<PathState> { entry });
            }
            else if (method.ExpressionBody != null)
            {
                truth.Value(model.GetOperation(method.ExpressionBody.Expression)!, entry);
            }

            return truth._violations.Distinct().ToList();
        }

        /// <summary>Parameters are themselves; each [Releases] on the method is a reference handed over by the caller.</summary>
        private PathState Entry(IMethodSymbol method)
        {
            var state = new PathState();
            foreach (var parameter in method.Parameters)
            {
                state.Values[parameter] = parameter.Name;
            }

            foreach (var release in ContractReader.Releases(method))
            {
                var (key, type) = ResolveDeclared(method, release.Target);
                var counter = release.Counter ?? ContractReader.DefaultCounter(type);
                state.Held[(key, counter)] = state.HeldCount(key, counter) + 1;
            }

            return state;
        }

        /// <summary>A contract path of the method's own signature: a parameter (or this) and member names.</summary>
        private static (string Key, ITypeSymbol? Type) ResolveDeclared(IMethodSymbol method, string target)
        {
            var segments = target.Split('.');
            ITypeSymbol? type = segments[0] == "this" ? method.ContainingType : method.Parameters.FirstOrDefault(p => p.Name == segments[0])?.Type;
            return (target, MemberPathType(type, segments.Skip(1)));
        }

        private static ITypeSymbol? MemberPathType(ITypeSymbol? type, IEnumerable<string> members)
        {
            foreach (var name in members)
            {
                type = type?.GetMembers(name).Select(m => m switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null }).FirstOrDefault(t => t != null);
            }

            return type;
        }

        private string Fresh(string what) => $"{what}@{++_step}";

        /// <summary>The step at which a key's root value came to be: 0 for parameters and this.</summary>
        private static int Born(string key)
        {
            var root = key.Split('.')[0];
            int at = root.IndexOf('@');
            return at < 0 ? 0 : int.Parse(root.Substring(at + 1), System.Globalization.CultureInfo.InvariantCulture);
        }

        private static string Where(SyntaxNode node) =>
            $"'{node}' (line {node.GetLocation().GetLineSpan().StartLinePosition.Line + 1})";
    }
}
