namespace DigestBot.DiscordBot;

/// <summary>Splits long (already escaped) text into pieces Discord accepts, at line breaks where it can.</summary>
public static class DiscordText
{
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var window = rest[..max];
            var cut = window.LastIndexOf("\n\n", StringComparison.Ordinal) is var p and > 0 ? p
                : window.LastIndexOf('\n') is var l and > 0 ? l
                : window.LastIndexOf(' ') is var s and > 0 ? s
                : DiscordMarkdown.SafeCut(rest, max);
            cut = DiscordMarkdown.SafeCut(rest, cut);
            if (cut == 0)
            {
                cut = max;
            }

            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }
}
