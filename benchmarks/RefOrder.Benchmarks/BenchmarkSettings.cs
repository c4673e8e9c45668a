using System;
using System.Collections.Generic;
using System.Globalization;

namespace RefOrder.Benchmarks
{
    /// <summary>The command line: <c>[--json out.json] [--quick] [--rounds N] [--real-code DIR] [--phases]</c>, and the sizes and repetitions each mode implies.</summary>
    internal sealed class BenchmarkSettings
    {
        private const string Usage = "Usage: [--json out.json] [--quick] [--rounds N] [--real-code DIR] [--phases]";

        private BenchmarkSettings(bool quick, string? jsonPath, int? rounds, string? realCode, bool phases)
        {
            Quick = quick;
            Phases = phases;
            JsonPath = jsonPath;
            RealCodeDirectory = realCode;
            Repetitions = rounds ?? (quick ? 2 : 5);
        }

        /// <summary>Smoke mode: corpora a tenth of the size and two repetitions, done in a few minutes.</summary>
        public bool Quick { get; }

        public string? JsonPath { get; }

        /// <summary>Only the phase profile of the smaller dense corpus (where RefOrder's time goes), no comparison.</summary>
        public bool Phases { get; }

        /// <summary>A directory of C# (a checkout of some library) measured as one more unannotated corpus.</summary>
        public string? RealCodeDirectory { get; }

        /// <summary>The dense corpus the growth and long-method corpora are measured against (20k lines).</summary>
        public int SmallLines => Quick ? 2_000 : 20_000;

        /// <summary>Four times <see cref="SmallLines"/>: the 80k corpus.</summary>
        public int LargeLines => SmallLines * 4;

        /// <summary>Method lengths of the long-method corpora, shortest first.</summary>
        public IReadOnlyList<int> MethodLengths { get; } = new[] { 75, 265, 1000 };

        /// <summary>How long the cancellation probe waits after Cancel() before reporting the analysis as still running.</summary>
        public TimeSpan CancellationGiveUp => TimeSpan.FromSeconds(Quick ? 10 : 60);

        /// <summary>Measured rounds per corpus after its warm-up round: 5, or 2 in quick mode; <c>--rounds</c> overrides.</summary>
        public int Repetitions { get; }

        public static BenchmarkSettings Parse(string[] args)
        {
            var quick = false;
            string? json = null;
            int? rounds = null;
            var phases = false;
            string? realCode = null;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--phases":
                        phases = true;
                        break;
                    case "--quick":
                        quick = true;
                        break;
                    case "--json" when i + 1 < args.Length:
                        json = args[++i];
                        break;
                    case "--real-code" when i + 1 < args.Length:
                        realCode = args[++i];
                        break;
                    case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0:
                        rounds = count;
                        i++;
                        break;
                    default:
                        throw new ArgumentException($"Unknown argument '{args[i]}'. {Usage}");
                }
            }

            return new BenchmarkSettings(quick, json, rounds, realCode, phases);
        }

        /// <summary>A line count as the corpus names use it: 20000 → "20k", 2500 → "2.5k".</summary>
        public static string Kilo(int lines) =>
            (lines / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + "k";
    }
}
