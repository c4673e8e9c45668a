using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RefOrder.Analyzers.Contracts
{
    /// <summary>
    /// Whether a compilation can contain a contract at all, decided once, before any body is looked at: a project
    /// that references the annotations but uses none of them (a dependency brought them in, or the package was
    /// added and not yet adopted) must cost nothing. A contract can only come from source that names the vocabulary,
    /// which takes its namespace somewhere in the source (<c>using RefOrder;</c>, a <c>global using</c>, a qualified
    /// name, an alias, or a declaration of one's own copy), or from a referenced assembly that was itself compiled
    /// against the annotations. Over-approximate by design: a mention of "RefOrder" in a comment keeps RefOrder on.
    /// </summary>
    internal static class VocabularyUse
    {
        private const string Namespace = "RefOrder";

        public static bool InUse(Compilation compilation, WellKnownSymbols symbols)
        {
            if (!symbols.HasVocabulary)
            {
                return false;
            }

            return ReferencedAssemblyUsesIt(compilation, symbols) || compilation.SyntaxTrees.Any(Mentions);
        }

        private static bool ReferencedAssemblyUsesIt(Compilation compilation, WellKnownSymbols symbols)
        {
            var annotations = (symbols.RefCounted ?? symbols.Acquires ?? symbols.Releases ?? symbols.Live)?.ContainingAssembly;
            if (annotations == null || SymbolEqualityComparer.Default.Equals(annotations, compilation.Assembly))
            {
                return false; // declared in this compilation's own source, which then names the namespace
            }

            string name = annotations.Identity.Name;
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!SymbolEqualityComparer.Default.Equals(assembly, annotations)
                    && assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == name)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the tree's text contains the namespace's name; a tree without its text is assumed to.</summary>
        private static bool Mentions(SyntaxTree tree)
        {
            if (!tree.TryGetText(out var text))
            {
                return true;
            }

            return Contains(text, Namespace);
        }

        /// <summary>A plain search through the text in chunks, without materialising it as one string.</summary>
        private static bool Contains(SourceText text, string word)
        {
            const int ChunkLength = 4096;
            var buffer = new char[ChunkLength + word.Length];
            int overlap = word.Length - 1;
            for (int start = 0; start < text.Length; start += ChunkLength)
            {
                int from = start == 0 ? 0 : start - overlap;
                int count = System.Math.Min(text.Length - from, buffer.Length);
                text.CopyTo(from, buffer, 0, count);
                for (int i = 0; i + word.Length <= count; i++)
                {
                    int j = 0;
                    while (j < word.Length && buffer[i + j] == word[j])
                    {
                        j++;
                    }

                    if (j == word.Length)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
