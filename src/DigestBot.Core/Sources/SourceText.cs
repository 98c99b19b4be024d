namespace DigestBot.Sources;

/// <summary>Text clean-up shared by every parser.</summary>
internal static class SourceText
{
    /// <summary>Longest error or skip reason kept; the start says what went wrong.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>
    /// Every run of whitespace (arXiv's hard wraps with indentation, tabs, non-breaking spaces) becomes one space,
    /// trimmed. Null stays null. Written as a loop because the snapshot import calls it millions of times.
    /// </summary>
    public static string? Collapse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!NeedsCollapse(text))
        {
            return text;
        }

        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    /// <summary>Null for null, empty or blank input, else the collapsed text.</summary>
    public static string? NullIfBlank(string? text) => Collapse(text) is { Length: > 0 } s ? s : null;

    /// <summary>At most <paramref name="max"/> characters, cut at a word boundary when one is near, ending in "…".</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1, Math.Min(max - 1, 200));
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : max - 1), "…");
    }

    /// <summary>
    /// An error or skip reason as one line: parser messages quote the bad input, which may hold line breaks or control
    /// characters; whitespace runs become one space, other control characters a '?', and the whole stays short.
    /// </summary>
    public static string OneLine(string message)
    {
        var collapsed = Collapse(message) ?? string.Empty;
        if (collapsed.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || collapsed.Contains('\u007f', StringComparison.Ordinal))
        {
            collapsed = string.Create(collapsed.Length, collapsed, (span, text) =>
            {
                for (var i = 0; i < text.Length; i++)
                {
                    span[i] = char.IsControl(text[i]) ? '?' : text[i];
                }
            });
        }

        return Shorten(collapsed, MaxMessageLength);
    }

    /// <summary>A short quote of a bad value for a skip reason.</summary>
    public static string Quote(string? value) => value is null ? "(none)" : $"'{Shorten(Collapse(value) ?? string.Empty, 60)}'";

    private static bool NeedsCollapse(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return true;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
