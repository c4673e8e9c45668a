using System.Collections.Generic;
using RefOrder.Benchmarks.Measure;

namespace RefOrder.Benchmarks.Report
{
    /// <summary>The edit-latency scenario's medians (see <see cref="EditScenario"/>): elapsed ms to the new diagnostics.</summary>
    internal sealed class EditLatencyReport
    {
        public EditLatencyReport(EditScenario scenario, IReadOnlyDictionary<string, ConfigurationMeasurement> measurements)
        {
            FileLines = scenario.FileLines;
            Methods = scenario.Methods;
            MethodName = scenario.MethodName;
            MethodLines = scenario.MethodLines;
            Configurations = measurements;
            File = new EditScope($"file ({FileLines:N0} lines)", measurements, EditScenario.FileScope);
            Method = new EditScope($"method {MethodName} ({MethodLines} lines)", measurements, EditScenario.MethodScope);
        }

        public string Edit => EditScenario.Edit;

        public int FileLines { get; }

        public int Methods { get; }

        public string MethodName { get; }

        public int MethodLines { get; }

        /// <summary>GetAnalyzerSemanticDiagnosticsAsync(model, null): the whole edited file.</summary>
        public EditScope File { get; }

        /// <summary>GetAnalyzerSemanticDiagnosticsAsync(model, span of the edited method).</summary>
        public EditScope Method { get; }

        public IReadOnlyDictionary<string, ConfigurationMeasurement> Configurations { get; }
    }

    /// <summary>One scope of the edit-latency scenario: RefOrder, the floor and the baseline asked for the same diagnostics.</summary>
    internal sealed class EditScope
    {
        public EditScope(string name, IReadOnlyDictionary<string, ConfigurationMeasurement> measurements, string scope)
        {
            Name = name;
            var refOrder = measurements[EditScenario.ConfigurationName(Configuration.RefOrder, scope)];
            RefOrderMs = refOrder.MedianMilliseconds;
            FloorMs = measurements[EditScenario.ConfigurationName(Configuration.Floor, scope)].MedianMilliseconds;
            BaselineMs = measurements[EditScenario.ConfigurationName(Configuration.Baseline, scope)].MedianMilliseconds;
            RefOrderOverFloor = CorpusReport.Ratio(RefOrderMs, FloorMs);
            RefOrderDiagnostics = refOrder.Diagnostics;
        }

        public string Name { get; }

        public double RefOrderMs { get; }

        public double FloorMs { get; }

        /// <summary>A do-nothing operation analyzer: binding the scope and the driver, what any analyzer waits for.</summary>
        public double BaselineMs { get; }

        public double? RefOrderOverFloor { get; }

        public IReadOnlyDictionary<string, int> RefOrderDiagnostics { get; }
    }
}
