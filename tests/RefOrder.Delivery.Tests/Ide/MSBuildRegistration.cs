using Microsoft.Build.Locator;

namespace RefOrder.Delivery.Tests.Ide
{
    /// <summary>
    /// Points this process at the MSBuild of the SDK the repository pins (global.json), as an IDE host does, before
    /// any MSBuild type is loaded. Kept apart from the code that uses MSBuildWorkspace so that registering cannot be
    /// preceded by the JIT loading MSBuild's assemblies for that code.
    /// </summary>
    internal static class MSBuildRegistration
    {
        private static readonly object Gate = new();

        public static void EnsureRegistered()
        {
            lock (Gate)
            {
                if (!MSBuildLocator.IsRegistered)
                {
                    MSBuildLocator.RegisterDefaults();
                }
            }
        }
    }
}
