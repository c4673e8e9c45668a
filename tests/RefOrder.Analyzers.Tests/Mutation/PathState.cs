using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Tests.Mutation
{
    /// <summary>
    /// What the ground truth tracks along one path: which value each local and parameter holds (by key), which paths the
    /// contracts made one, how many references the method holds per (key, counter), acquisitions waiting for their
    /// success test, and which guards have lost their last reference (and when). Copied at every fork.
    /// </summary>
    internal sealed class PathState
    {
        public Dictionary<ISymbol, string> Values { get; private init; } = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);

        /// <summary>Member paths known to denote another key ([Aliases], or a store into the member).</summary>
        public Dictionary<string, string> SameAs { get; private init; } = new Dictionary<string, string>();

        public Dictionary<(string Key, string Counter), int> Held { get; private init; } = new Dictionary<(string, string), int>();

        /// <summary>Result key of a [TryAcquires] call → what it acquires once the result tests true / non-null.</summary>
        public Dictionary<string, List<(string Key, string Counter)>> Pending { get; private init; } = new Dictionary<string, List<(string, string)>>();

        /// <summary>Guard (key, counter) → the step and statement of the release that dropped the method's last reference on it.</summary>
        public Dictionary<(string Key, string Counter), (int Step, SyntaxNode Release)> Gone { get; private init; } = new Dictionary<(string, string), (int, SyntaxNode)>();

        public PathState Fork() => new PathState
        {
            Values = new Dictionary<ISymbol, string>(Values, SymbolEqualityComparer.Default),
            SameAs = new Dictionary<string, string>(SameAs),
            Held = new Dictionary<(string, string), int>(Held),
            Pending = Copy(Pending),
            Gone = new Dictionary<(string, string), (int, SyntaxNode)>(Gone),
        };

        /// <summary>The key a path denotes after following every known identity, segment by segment.</summary>
        public string Canonical(string key)
        {
            var segments = key.Split('.');
            var current = Follow(segments[0]);
            for (int i = 1; i < segments.Length; i++)
            {
                current = Follow(current + "." + segments[i]);
            }

            return current;
        }

        public int HeldCount(string key, string counter) => Held.TryGetValue((key, counter), out var n) ? n : 0;

        /// <summary>The success of a [TryAcquires] result: what it acquired is now held.</summary>
        public void Succeeded(string? result)
        {
            if (result != null && Pending.Remove(result, out var acquired))
            {
                foreach (var a in acquired)
                {
                    Held[a] = HeldCount(a.Key, a.Counter) + 1;
                }
            }
        }

        /// <summary>The failure of a [TryAcquires] result: nothing was acquired.</summary>
        public void Failed(string? result)
        {
            if (result != null)
            {
                Pending.Remove(result);
            }
        }

        private string Follow(string key)
        {
            for (int guard = 0; SameAs.TryGetValue(key, out var next) && guard < 64; guard++)
            {
                key = next;
            }

            return key;
        }

        private static Dictionary<string, List<(string, string)>> Copy(Dictionary<string, List<(string, string)>> pending)
        {
            var copy = new Dictionary<string, List<(string, string)>>();
            foreach (var (k, v) in pending)
            {
                copy[k] = new List<(string, string)>(v);
            }

            return copy;
        }
    }
}
