extern alias LockBarrier;
extern alias Mainline;
extern alias PatchV2;
extern alias Reviewed;

using System;
using RefOrder.Model.Harness;

namespace RefOrder.Model.Tests;

/// <summary>The four compiled variants of the model, each a fresh host per call.</summary>
public static class Variants
{
    /// <summary>Every variant's name, for theories.</summary>
    public static TheoryData<string> All => new() { "Mainline", "PatchV2", "Reviewed", "LockBarrier" };

    /// <summary>A fresh host running the named variant.</summary>
    public static IModelVariant Create(string name) => name switch
    {
        "Mainline" => new Mainline::NfsdFileCache.Testing.ModelAdapter(name),
        "PatchV2" => new PatchV2::NfsdFileCache.Testing.ModelAdapter(name),
        "Reviewed" => new Reviewed::NfsdFileCache.Testing.ModelAdapter(name),
        "LockBarrier" => new LockBarrier::NfsdFileCache.Testing.ModelAdapter(name),
        _ => throw new ArgumentException($"no variant {name}", nameof(name)),
    };
}
