using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Tests.Model;
using RefOrder.Analyzers.Tests.Verifiers;
using Xunit.Abstractions;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// Generated programs (<see cref="ProgramGenerator"/>, seeded): each compiles, and the analyzers never throw on it
    /// and report the same diagnostics whether run concurrently or not, and from one run to the next. Programs are
    /// compiled eight to a compilation (file <c>Generated{seed}.cs</c>, namespace <c>P{seed}</c>), which halves the cost
    /// per program and gives the concurrent runs several bodies to interleave.
    /// </summary>
    public class GeneratedProgramFuzzTests
    {
        /// <summary>Seeds 1 … Batches × PerBatch; a failure names its file, and ProgramGenerator.Members(seed) rebuilds the program.</summary>
        private const int Batches = 10;
        private const int PerBatch = 8;

        private readonly ITestOutputHelper _output;

        public GeneratedProgramFuzzTests(ITestOutputHelper output) => _output = output;

        /// <summary>One compilation of the prelude and the programs of the given seeds.</summary>
        internal static Compilation Compile(IEnumerable<ulong> seeds, Func<ulong, string> members) =>
            ModelCompilation.Compile(seeds
                .Select(seed => ($"Generated{seed}.cs", Snippet.Class(members(seed)).Replace("public static class C", $"namespace P{seed};\n\npublic static class C", StringComparison.Ordinal)))
                .Append(("Prelude.cs", Prelude.Source)));

        [Fact]
        public async Task GeneratedPrograms_CompileNeverThrowAndAreDeterministic()
        {
            var clock = new FuzzClock();
            var (failures, byRule) = await FuzzBatches.RunAsync(
                $"generated programs, seeds 1..{Batches * PerBatch} (ProgramGenerator.Members(seed) rebuilds Generated{{seed}}.cs)",
                Batches,
                PerBatch,
                seeds => Compile(seeds, seed => ProgramGenerator.Members(seed)));

            // What the programs reached, so a generator that stopped exercising the rules is noticed.
            _output.WriteLine($"{Batches * PerBatch} programs; programs reporting each rule: {string.Join(", ", byRule.Select(p => $"{p.Key} {p.Value}"))}; {clock.Report(failures.Cases)}");
            failures.AssertNone();
        }
    }
}
