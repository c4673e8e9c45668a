using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RefOrder.Analyzers.Tests.Model;
using Xunit.Abstractions;

namespace RefOrder.Analyzers.Tests.Fuzz
{
    /// <summary>
    /// Generated declarations (<see cref="DeclarationGenerator"/>, seeded): type graphs with self, mutual and cyclic
    /// guards, generics, nesting, partial types, inheritance, records, structs and wrong names and counters. Every
    /// program compiles; the analyzers never throw on it, never report an internal error, and report the same
    /// diagnostics concurrently, sequentially and from one run to the next. The analyzers run in this process, so a
    /// stack overflow in them (what a self-guarded type once caused) would abort the test run instead of passing.
    /// </summary>
    public class DeclarationFuzzTests
    {
        /// <summary>Seeds 1 … Batches × PerBatch; a failure names its seed, and DeclarationGenerator.Program(seed) rebuilds it.</summary>
        private const int Batches = 12;
        private const int PerBatch = 6;

        private readonly ITestOutputHelper _output;

        public DeclarationFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task GeneratedDeclarations_CompileNeverThrowAndAreDeterministic()
        {
            var clock = new FuzzClock();
            var (failures, byRule) = await FuzzBatches.RunAsync(
                $"generated declarations, seeds 1..{Batches * PerBatch} (DeclarationGenerator.Program(seed) rebuilds Declarations{{seed}}.cs)",
                Batches,
                PerBatch,
                seeds => ModelCompilation.Compile(seeds.Select(seed => ($"Declarations{seed}.cs", DeclarationGenerator.Program(seed)))));

            // What the declarations reached, so a generator that stopped producing mistakes or findings is noticed.
            _output.WriteLine($"{Batches * PerBatch} programs; files reporting each rule: {string.Join(", ", byRule.Select(p => $"{p.Key} {p.Value}"))}; {clock.Report(failures.Cases)}");
            failures.AssertNone();
            Assert.True(byRule.Keys.Count(id => id.StartsWith("RO09", StringComparison.Ordinal)) >= 3, "the declarations should exercise several annotation rules");
        }
    }
}
