using System.Text.RegularExpressions;

namespace DigestBot.Citations;

/// <summary>
/// An author's name split the way citation styles need it: given names, family name (with its particles:
/// "Del Maestro", "van der Berg"), a generational suffix, or one organisation name ("ATLAS Collaboration").
/// Sources give names as one string, "First Last" or "Last, First"; this is the one place that splits them.
/// </summary>
public sealed partial record AuthorName(string Given, string Family, string? Suffix, bool IsOrganisation)
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "der", "den", "de", "del", "della", "dei", "di", "da", "das", "dos", "du", "la", "le", "ter", "ten", "zu", "bin", "ibn", "al", "el", "st.",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    public static AuthorName Parse(string name)
    {
        var text = Spaces().Replace(name, " ").Trim();
        if (OrganisationWord().IsMatch(text))
        {
            return new AuthorName(string.Empty, text, null, IsOrganisation: true);
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            // "Last, First" or "Last, Jr., First".
            var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return parts.Length switch
            {
                1 => new AuthorName(string.Empty, parts[0], null, false),
                2 when Suffixes.Contains(parts[1]) => new AuthorName(string.Empty, parts[0], parts[1], false),
                2 => new AuthorName(parts[1], parts[0], null, false),
                _ => new AuthorName(string.Join(' ', parts[2..]), parts[0], parts[1], false),
            };
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        string? suffix = null;
        if (words.Count > 2 && Suffixes.Contains(words[^1]))
        {
            suffix = words[^1];
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count <= 1)
        {
            return new AuthorName(string.Empty, words.FirstOrDefault() ?? string.Empty, suffix, false);
        }

        // The family name starts at the first particle after the first word, else it is the last word.
        var start = words.FindIndex(1, w => Particles.Contains(w));
        if (start < 0 || start == words.Count - 1)
        {
            start = words.Count - 1;
        }

        return new AuthorName(string.Join(' ', words[..start]), string.Join(' ', words[start..]), suffix, false);
    }

    /// <summary>APA initials: "José Raúl" → "J. R.", "Jean-Pierre" → "J.-P.", "J.R." → "J. R.".</summary>
    public string Initials()
    {
        var tokens = Given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(token =>
            string.Join('-', token.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part =>
                string.Join(' ', part.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + ".")))));
        return string.Join(' ', tokens.Where(t => t.Length > 0));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(Collaboration|Consortium|Team|Group|Project|Initiative|Collab\.)(\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationWord();
}
