using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RefOrder.Benchmarks.Report
{
    /// <summary>The same report as the table, as JSON, for tracking results over time.</summary>
    internal static class JsonReport
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

            // Keep ≤, × and → readable in the target names.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static void Write(BenchmarkReport report, string path)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory != null)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(path, JsonSerializer.Serialize(report, Options));
        }
    }
}
