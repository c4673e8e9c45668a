using System;
using System.IO;

namespace RefOrder.Delivery.Tests.Infrastructure
{
    /// <summary>A fresh folder under the system's temporary folder, deleted on dispose.</summary>
    internal sealed class TemporaryFolder : IDisposable
    {
        public TemporaryFolder(string purpose)
        {
            // Unique per use: parallel tests and earlier runs never share a folder.
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reforder-{purpose}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string PathOf(params string[] relativeParts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(relativeParts));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file for a moment; the system cleans its temporary folder.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
