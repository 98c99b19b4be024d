using System.Reflection;
using DigestBot.Commands;
using Microsoft.Extensions.Configuration;

namespace DigestBot.Configuration;

/// <summary>
/// Keys under <c>DigestBot:</c> that no setting reads: a misspelt <c>DigestBot__Sumaries__Provider</c>, or
/// <c>Summaries:Llm:Endpoint</c> for <c>Summaries:Endpoint</c>. The binder ignores them without a word, so the setting
/// meant keeps its default; each is said in one line, with the key most likely meant or the keys its section has.
/// Names compare as the binder compares them (case ignored).
/// </summary>
public static class UnknownSettings
{
    private const string Root = "DigestBot";

    /// <summary>One line per unknown key (the highest unknown level only: its keys below are not listed again).</summary>
    public static IReadOnlyList<string> Find(IConfiguration configuration, IEnumerable<ConfiguredSection> sections)
    {
        var known = sections.GroupBy(s => s.Section, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().OptionsType, StringComparer.OrdinalIgnoreCase);
        var deprecated = DeprecatedDurations.All.Select(d => d.OldKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lines = new List<string>();
        foreach (var child in configuration.GetSection(Root).GetChildren())
        {
            if (known.TryGetValue(child.Path, out var type))
            {
                Walk(child, type, deprecated, lines);
            }
            else
            {
                lines.Add(Line(child, [.. known.Keys.Select(k => k[(Root.Length + 1)..]).Order(StringComparer.Ordinal)]));
            }
        }

        return lines;
    }

    private static void Walk(IConfigurationSection section, Type type, HashSet<string> deprecated, List<string> lines)
    {
        if (ConfigurationCheck.IsScalar(type))
        {
            return; // a value's sub-keys are a mistake the value check already names (a section where a value goes)
        }

        if (ConfigurationCheck.ElementType(type, out _) is { } element)
        {
            foreach (var item in section.GetChildren())
            {
                Walk(item, element, deprecated, lines);
            }

            return;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null && (p.SetMethod?.IsPublic == true || !ConfigurationCheck.IsScalar(p.PropertyType)))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
        {
            if (properties.TryGetValue(child.Key, out var property))
            {
                Walk(child, property.PropertyType, deprecated, lines);
            }
            else if (!deprecated.Contains(child.Path))
            {
                lines.Add(Line(child, [.. properties.Keys]));
            }
        }
    }

    private static string Line(IConfigurationSection unknown, IReadOnlyList<string> siblings)
    {
        var parent = unknown.Path[..^(unknown.Key.Length + 1)];
        var meant = NameSuggestion.Nearest(unknown.Key, siblings.Select(s => s.ToLowerInvariant())) is { } lower
            ? siblings.First(s => s.Equals(lower, StringComparison.OrdinalIgnoreCase))
            : null;
        var hint = meant is not null ? $"did you mean {parent}:{meant}?"
            : siblings.Count <= 12 ? $"{parent} has {string.Join(", ", siblings)}"
            : "see the settings table in the README";
        return $"{ConfigurationCheck.Key(unknown.Path)} is not a setting and is ignored — {hint}";
    }
}
