using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Microsoft.CodeAnalysis;

namespace RefOrder.Benchmarks.Measure
{
    /// <summary>
    /// The compile itself: <c>Emit</c> of a fresh compilation, binding and code generation included. The
    /// compilation binds on one thread (see <see cref="CompilationFactory"/>), so the elapsed time is the
    /// compile's total work. With errors allowed (a lenient corpus), a failed Emit is timed as it is: binding
    /// up to the errors, no code written.
    /// </summary>
    internal static class EmitRun
    {
        public static Sample Measure(Compilation compilation, bool allowErrors)
        {
            using var peStream = new MemoryStream();
            var wall = Stopwatch.StartNew();
            var result = compilation.Emit(peStream);
            wall.Stop();
            if (!result.Success && !allowErrors)
            {
                throw new InvalidOperationException($"Emit of {compilation.AssemblyName} failed; the corpus no longer compiles.");
            }

            var milliseconds = wall.Elapsed.TotalMilliseconds;
            return new Sample(milliseconds, milliseconds, new Dictionary<string, int>(), Array.Empty<string>());
        }
    }
}
