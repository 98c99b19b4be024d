using System.Reflection;
using DigestBot.Papers;

namespace DigestBot.Tests.Composition;

/// <summary>
/// The core (DigestBot.Core) knows no transport: the adapters in the digestbot executable depend on it, never the
/// reverse. The compiler already refuses an adapter type in the core (the core project references none); these
/// tests catch what it would let through: a package reference added to the core, or an adapter folder moved into it.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly Core = typeof(PaperStore).Assembly;

    /// <summary>The adapters' assemblies (each name and what starts with it and a dot): the executable, Discord.Net, ASP.NET Core, the command line parser.</summary>
    private static readonly string[] AdapterAssemblies = ["digestbot", "Discord", "Microsoft.AspNetCore", "System.CommandLine"];

    /// <summary>The adapters' namespaces and the composition root's, which live in the executable.</summary>
    private static readonly string[] AdapterNamespaces = ["DigestBot.Local", "DigestBot.Control", "DigestBot.DiscordBot", "DigestBot.Dashboard"];

    [Fact]
    public void The_core_assembly_references_no_adapter_assembly()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        // The core is found and read: it is its own assembly and uses its store and index.
        Assert.Equal("DigestBot.Core", Core.GetName().Name);
        Assert.Contains("LiteDB", references);
        Assert.Contains("Lucene.Net", references);
        var adapters = references.Where(r => AdapterAssemblies.Any(a => r == a || r.StartsWith(a + ".", StringComparison.Ordinal))).ToList();
        Assert.True(adapters.Count == 0, "the core references adapter assemblies: " + string.Join(", ", adapters));
    }

    [Fact]
    public void The_adapters_and_the_composition_root_live_outside_the_core()
    {
        var misplaced = Core.GetTypes()
            .Where(t => t.Namespace is { } ns && AdapterNamespaces.Any(a => ns == a || ns.StartsWith(a + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .Concat(Core.GetTypes().Where(t => t.Name is nameof(StartupSequence) or "DigestBotServiceCollectionExtensions" or "Program").Select(t => t.FullName))
            .ToList();

        Assert.True(misplaced.Count == 0, "adapter types in the core: " + string.Join(", ", misplaced));
        Assert.Contains(typeof(StartupSequence).Assembly.GetTypes(), t => t.Namespace == "DigestBot.DiscordBot");
    }
}
