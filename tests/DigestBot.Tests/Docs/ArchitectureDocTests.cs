using System.Reflection;
using System.Text.RegularExpressions;
using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Docs;

/// <summary>docs/architecture.md names classes in backticks; each must exist, so the page follows the code.</summary>
public sealed partial class ArchitectureDocTests
{
    [Fact]
    public void Every_class_the_architecture_page_names_exists_in_the_app()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "docs", "architecture.md"));
        var named = Named().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();
        // The app's types (the core and the adapters), and the tests' for the tests the page names (this one).
        Type[] all = [.. typeof(PaperStore).Assembly.GetTypes(), .. typeof(StartupSequence).Assembly.GetTypes(), .. typeof(ArchitectureDocTests).Assembly.GetTypes()];
        var types = all.Select(t => t.Name.Split('`')[0]).ToHashSet(StringComparer.Ordinal);
        var methods = all
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(named.Count >= 30, $"only {named.Count} names found: the pattern no longer reads the page");
        var missing = named.Where(n => !types.Contains(n) && !methods.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "named on the page but not in the code: " + string.Join(", ", missing));
    }

    /// <summary>A PascalCase identifier alone in backticks (folders end in '/', commands are lower case).</summary>
    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)`")]
    private static partial Regex Named();
}
