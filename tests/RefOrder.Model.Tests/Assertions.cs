using System.Linq;
using RefOrder.Model.Harness;

namespace RefOrder.Model.Tests;

/// <summary>Checks on where model threads stopped.</summary>
internal static class Assertions
{
    public static void Finished(Stop stop) => Assert.True(stop.Kind == StopKind.Finished, $"expected the thread to finish; {stop}");

    public static void BlockedAt(string where, Stop stop) =>
        Assert.True(stop.Kind == StopKind.Blocked && stop.Where == where, $"expected the thread to wait at {where}; {stop}");

    public static void PreemptedAt(string where, Stop stop) =>
        Assert.True(stop.Kind == StopKind.Point && stop.Where == where, $"expected the thread to be preempted at {where}; {stop}");

    /// <summary>The thread died of the model's use-after-free oops, and the message starts as given.</summary>
    public static void Oops(IModelVariant model, string violation, Stop stop)
    {
        Assert.True(stop.Kind == StopKind.Faulted && stop.Error != null && model.IsUseAfterFree(stop.Error),
            $"expected a use-after-free oops ({violation}); {stop}");
        Assert.StartsWith(violation, stop.Error!.Message);
    }

    /// <summary>The model detected exactly these violations, in order (each given by its start).</summary>
    public static void Violations(IModelVariant model, params string[] expected)
    {
        string[] actual = model.Violations.ToArray();
        Assert.True(actual.Length == expected.Length && expected.Zip(actual).All(p => p.Second.StartsWith(p.First)),
            $"expected [{string.Join("; ", expected)}], got [{string.Join("; ", actual)}]");
    }
}
