using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using RefOrder.Delivery.Tests.Infrastructure;

namespace RefOrder.Delivery.Tests.Package
{
    /// <summary>
    /// A user's fresh project in a temporary folder that installs the packed RefOrder from a local feed and opts
    /// into the errors preset, with sources taken from ConsumerTemplate/. It has its own nuget.config and its own
    /// packages folder, so only the package under test can be restored as RefOrder.
    /// </summary>
    internal sealed class ConsumerProject : IDisposable
    {
        private const string TemplateFolder = "ConsumerTemplate";

        private readonly TemporaryFolder _folder = new("consumer");

        private ConsumerProject()
        {
        }

        public string Folder => _folder.Path;

        public static ConsumerProject Create(PackedRefOrder package, params string[] templateSources)
        {
            var consumer = new ConsumerProject();
            consumer.WriteNuGetConfig(package.Feed);
            // The SDK this repository pins, as in the tests' other commands.
            File.Copy(Repository.PathOf("global.json"), consumer.PathOf("global.json"));
            // MSBuild reads these from every folder above the project: whatever lies in the shared temporary
            // folder (central package management, say) must not reach the consumer.
            foreach (var stopper in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                File.WriteAllText(consumer.PathOf(stopper), "<Project />\n");
            }

            File.WriteAllText(consumer.PathOf("Consumer.csproj"), ProjectFile(package.Version));
            foreach (var source in templateSources)
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, TemplateFolder, source), consumer.PathOf(source));
            }

            return consumer;
        }

        public string PathOf(string file) => _folder.PathOf(file);

        /// <summary>Runs dotnet in the project's folder, restoring into the project's own packages folder.</summary>
        public Task<CliRun> RunAsync(params string[] arguments) =>
            DotnetCli.RunAsync(Folder, arguments, new Dictionary<string, string> { ["NUGET_PACKAGES"] = PathOf("packages") });

        public void Dispose() => _folder.Dispose();

        private static string ProjectFile(string version) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RefOrderPreset>errors</RefOrderPreset>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RefOrder" Version="{version}" />
              </ItemGroup>
            </Project>
            """;

        /// <summary>The local feed first, then the repository's own sources for anything else a build needs.</summary>
        private void WriteNuGetConfig(string feed)
        {
            var repositorySources = XDocument.Load(Repository.PathOf("nuget.config"))
                .Descendants("packageSources").Elements("add");
            var sources = new XElement("packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", "RefOrder under test"), new XAttribute("value", feed)),
                repositorySources.Select(s => new XElement(s)));
            new XDocument(new XElement("configuration", sources)).Save(PathOf("nuget.config"));
        }
    }
}
