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
    /// compile's total work.
    /// </summary>
    internal static class EmitRun
    {
        /// <param name="lenient">
        /// The corpus has compiler errors (a <c>--real-code</c> directory). Emit would stop at them, so the compile
        /// is timed as <c>GetDiagnostics</c>: every declaration and method body bound, no code generated.
        /// </param>
        public static Sample Measure(Compilation compilation, bool lenient)
        {
            var wall = Stopwatch.StartNew();
            if (lenient)
            {
                compilation.GetDiagnostics();
            }
            else
            {
                using var peStream = new MemoryStream();
                if (!compilation.Emit(peStream).Success)
                {
                    throw new InvalidOperationException($"Emit of {compilation.AssemblyName} failed; the corpus no longer compiles.");
                }
            }

            wall.Stop();
            var milliseconds = wall.Elapsed.TotalMilliseconds;
            return new Sample(milliseconds, milliseconds, new Dictionary<string, int>(), Array.Empty<string>());
        }
    }
}
