namespace DigestBot.QueryLanguage;

/// <summary>The field prefixes of the query language, as arXiv spells them.</summary>
public static class SearchFields
{
    private static readonly (string Prefix, SearchField Field)[] Prefixes =
    [
        ("ti", SearchField.Title), ("au", SearchField.Author), ("abs", SearchField.Abstract),
        ("cat", SearchField.Category), ("id", SearchField.Id), ("all", SearchField.All),
        ("like", SearchField.Like), ("about", SearchField.About),
    ];

    /// <summary>The known prefixes for messages: <c>ti:, au:, abs:, cat:, id:, all:, like:, about:</c>.</summary>
    public static string Known { get; } = string.Join(", ", Prefixes.Select(p => p.Prefix + ":"));

    /// <summary>The field a prefix (without its colon, any case) names.</summary>
    public static bool TryParse(string prefix, out SearchField field)
    {
        foreach (var (name, f) in Prefixes)
        {
            if (string.Equals(name, prefix, StringComparison.OrdinalIgnoreCase))
            {
                field = f;
                return true;
            }
        }

        field = SearchField.Default;
        return false;
    }

    // What people type for a field elsewhere (Google Scholar, library catalogues), and the prefix that means it here.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "ti", ["titles"] = "ti", ["author"] = "au", ["authors"] = "au", ["by"] = "au",
        ["abstract"] = "abs", ["summary"] = "abs", ["category"] = "cat", ["categories"] = "cat", ["subject"] = "cat",
        ["arxiv"] = "id", ["doi"] = "id",
    };

    /// <summary>The known prefix (without its colon) that an unknown one such as <c>author</c> most likely means, or null.</summary>
    public static string? Suggest(string prefix) => Aliases.GetValueOrDefault(prefix);

    /// <summary>The prefix with its colon (<c>ti:</c>), empty for <see cref="SearchField.Default"/>.</summary>
    public static string Prefix(SearchField field) =>
        field == SearchField.Default ? string.Empty : Prefixes.First(p => p.Field == field).Prefix + ":";

    /// <summary>A field matched by meaning (<c>like:</c>, <c>about:</c>), through the paper vectors, not the words.</summary>
    public static bool IsSemantic(SearchField field) => field is SearchField.Like or SearchField.About;
}
