using System.Text.RegularExpressions;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Composition;

/// <summary>
/// Constructor injection only: no class of the app takes the container, and only the composition root resolves from it
/// (Program, <c>Composition/</c>, the <c>*ServiceCollectionExtensions</c> that register each feature, and the CLI entry
/// point that runs the host it is given). ASP.NET's own per-request and per-server containers, inside the two web
/// servers the app starts, are not the app's.
/// </summary>
public sealed partial class ServiceLocationTests
{
    private static readonly Type[] ContainerTypes = [typeof(IServiceProvider), typeof(IKeyedServiceProvider), typeof(IServiceScopeFactory)];

    [Fact]
    public void No_class_of_the_app_takes_the_container_in_a_constructor()
    {
        var takers = new[] { typeof(Database).Assembly, typeof(StartupSequence).Assembly }.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetConstructors(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
                .Where(c => c.GetParameters().Any(p => ContainerTypes.Contains(p.ParameterType)))
                .Select(_ => t.FullName))
            .Distinct()
            .ToList();

        Assert.True(takers.Count == 0, "takes the container: " + string.Join(", ", takers));
    }

    [Fact]
    public void Only_the_composition_root_resolves_from_the_container()
    {
        // The core and the adapters' project; paths are relative to each project's folder.
        var files = new[] { "DigestBot.Core", "DigestBot" }
            .Select(project => Path.Combine(RepositoryFiles.Root(), "src", project))
            .SelectMany(source => Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
                .Select(f => (Source: source, File: Path.GetRelativePath(source, f))))
            .Where(f => !f.File.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.File.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        var found = files
            .Where(f => !IsCompositionRoot(f.File))
            .SelectMany(f => File.ReadLines(Path.Combine(f.Source, f.File)).Select((line, i) => (f.File, Line: i + 1, Text: line)))
            .Where(l => Resolves().IsMatch(l.Text) && !AspNetContainer().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(files.Count > 300, $"only {files.Count} source files read: the scan no longer finds the app");
        Assert.True(found.Count == 0, "resolves from the container outside the composition root:\n" + string.Join("\n", found));
    }

    private static bool IsCompositionRoot(string file) =>
        file == "Program.cs"
        || file.StartsWith("Composition" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || file.EndsWith("ServiceCollectionExtensions.cs", StringComparison.Ordinal)
        || file == Path.Combine("Local", "DigestBotCli.cs");

    [GeneratedRegex(@"\bGet(Required|Keyed|RequiredKeyed)?Services?\b|\bActivatorUtilities\b|\bIServiceProvider\b|\bIServiceScopeFactory\b")]
    private static partial Regex Resolves();

    [GeneratedRegex(@"\b(RequestServices|_app\.Services)\.Get")]
    private static partial Regex AspNetContainer();
}
