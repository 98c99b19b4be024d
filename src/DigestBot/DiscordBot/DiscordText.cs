using System.Text;
using DigestBot.Commands;

namespace DigestBot.DiscordBot;

/// <summary>
/// Text ready for Discord: literal text escaped (<see cref="DiscordMarkdown.Escape"/>), our own markup written as
/// Discord markdown and never escaped. It remembers where that markup sits, so cutting it to a limit or splitting it
/// into messages never leaves half a <c>**bold**</c>, link or code span behind.
/// </summary>
public sealed record DiscordText(string Value, IReadOnlyList<(int Start, int End)> Markup)
{
    private const string Ellipsis = "…";

    /// <summary>Plain text (a title, an error), all of it escaped.</summary>
    public static DiscordText Plain(string text) => new(DiscordMarkdown.Escape(text), []);

    /// <summary><see cref="ReplyMarkup"/>: its literal text escaped, its bold, links, code and small print kept.</summary>
    public static DiscordText FromMarkup(string markup)
    {
        var text = new StringBuilder(markup.Length + 16);
        var ranges = new List<(int, int)>();
        foreach (var span in ReplyMarkup.Parse(markup))
        {
            var start = text.Length;
            text.Append(span.Kind switch
            {
                MarkupKind.Bold => $"**{DiscordMarkdown.Escape(span.Text)}**",
                MarkupKind.Link => $"[{DiscordMarkdown.Escape(span.Text)}]({span.Url})",
                MarkupKind.Code => $"`{span.Text}`",
                MarkupKind.SmallPrint => "-# ",
                _ => DiscordMarkdown.Escape(span.Text),
            });
            if (span.Kind != MarkupKind.Text)
            {
                ranges.Add((start, text.Length));
            }
        }

        return new DiscordText(text.ToString(), ranges);
    }

    /// <summary>At most <paramref name="max"/> UTF-16 units, ending in "…" when cut; markup that does not fit whole is left out.</summary>
    public string Truncate(int max)
    {
        if (Value.Length <= max)
        {
            return Value;
        }

        return Value[..Outside(DiscordMarkdown.SafeCut(Value, max - Ellipsis.Length))].TrimEnd() + Ellipsis;
    }

    /// <summary>Pieces of at most <paramref name="max"/>, cut at a paragraph, else a line, else a space, never inside markup.</summary>
    public IReadOnlyList<string> Split(int max)
    {
        var pieces = new List<string>();
        var end = Value.TrimEnd().Length;
        var start = Skip(0, end);
        while (end - start > max)
        {
            var cut = Last("\n\n", start, max) ?? Last("\n", start, max) ?? Last(" ", start, max) ?? Outside(DiscordMarkdown.SafeCut(Value, start + max));
            if (cut <= start)
            {
                // Markup longer than a whole piece (nothing we write comes close): cut it, as Discord would refuse it whole.
                cut = DiscordMarkdown.SafeCut(Value, start + max) is var hard && hard > start ? hard : start + max;
            }

            pieces.Add(Value[start..cut].TrimEnd());
            start = Skip(cut, end);
        }

        if (start < end)
        {
            pieces.Add(Value[start..end]);
        }

        return pieces;
    }

    private int Skip(int from, int end)
    {
        while (from < end && char.IsWhiteSpace(Value[from]))
        {
            from++;
        }

        return from;
    }

    /// <summary>The last <paramref name="separator"/> inside the window that is not inside markup, if any.</summary>
    private int? Last(string separator, int start, int max)
    {
        var at = start + max;
        while ((at = Value.LastIndexOf(separator, at - 1, at - start, StringComparison.Ordinal)) > start)
        {
            if (Outside(at) == at && DiscordMarkdown.SafeCut(Value, at) == at)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>A cut moved back to the start of any markup it would split.</summary>
    private int Outside(int at)
    {
        foreach (var (start, end) in Markup)
        {
            if (start < at && at < end)
            {
                return start;
            }
        }

        return at;
    }
}
