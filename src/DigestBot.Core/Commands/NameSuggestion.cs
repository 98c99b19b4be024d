namespace DigestBot.Commands;

/// <summary>The known name a mistyped one most likely meant (<c>seach</c> → <c>search</c>), or none when nothing is close.</summary>
internal static class NameSuggestion
{
    public static string? Nearest(string typed, IEnumerable<string> names)
    {
        typed = typed.ToLowerInvariant();
        var allowed = typed.Length <= 4 ? 1 : 2;
        return names
            .Select(name => (Name: name, Distance: typed.Length >= 3 && name.StartsWith(typed, StringComparison.Ordinal) ? 1 : Distance(typed, name)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) from one word to the other.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
