using Discord;
using DigestBot.Commands;

namespace DigestBot.DiscordBot;

/// <summary>
/// A <see cref="Card"/> as an embed inside every limit: the title and field names (plain text) escaped, the
/// description and field values (<see cref="ReplyMarkup"/>) rendered with their markup intact, then cut (title 256,
/// description 4096, field 256/1024, footer 2048), at most 25 fields, and never more than the 6000 a whole message
/// may carry. Built with Discord.Net's <see cref="EmbedBuilder"/> once everything fits.
/// </summary>
public static class DiscordEmbeds
{
    /// <summary>Discord rejects blank field names and values; a zero-width space is the usual stand-in.</summary>
    private const string Blank = "\u200b";
    private const int MinDescription = 256;
    private const int MinFieldValue = 64;

    /// <summary>
    /// Over budget, the description shrinks first, then the longest field values, then trailing fields go, and last
    /// the description and footer; each shrink renders the markup again, so no cut splits it.
    /// </summary>
    public static Embed FromCard(Card card, string? url)
    {
        var shown = card.Fields.Count > EmbedLimits.Fields ? EmbedLimits.Fields - 1 : card.Fields.Count;
        var fields = card.Fields.Take(shown)
            .Select(f => (Name: Name(f.Name), Value: Value(f.Value), f.Inline))
            .ToList();
        if (card.Fields.Count > shown)
        {
            fields.Add(("…", new DiscordText($"{card.Fields.Count - shown} more not shown", []), false));
        }

        var title = string.IsNullOrWhiteSpace(card.Title) ? null : DiscordText.Plain(card.Title.Trim()).Truncate(EmbedLimits.Title);
        var description = string.IsNullOrWhiteSpace(card.Description) ? null : DiscordText.FromMarkup(card.Description.Trim());

        // Footers show no markdown, so they are cut but not escaped.
        var footer = string.IsNullOrWhiteSpace(card.Footer) ? null : DiscordMarkdown.Truncate(card.Footer.Trim(), EmbedLimits.Footer);
        var descriptionMax = EmbedLimits.Description;
        var valueMax = fields.Select(_ => EmbedLimits.FieldValue).ToArray();
        var count = fields.Count;
        var bare = false;
        while (true)
        {
            var text = bare ? null : description?.Truncate(descriptionMax);
            var values = fields.Take(count).Select((f, i) => (f.Name, Value: f.Value.Truncate(valueMax[i]), f.Inline)).ToList();
            var excess = EmbedLimits.Len(title) + EmbedLimits.Len(text) + (bare ? 0 : EmbedLimits.Len(footer))
                + values.Sum(f => EmbedLimits.Len(f.Name) + EmbedLimits.Len(f.Value)) - EmbedLimits.TotalPerMessage;
            if (excess <= 0 || (bare && count == 0))
            {
                var embed = new EmbedBuilder { Title = title, Url = url, Description = text };
                embed.Fields.AddRange(values.Select(f => new EmbedFieldBuilder { Name = f.Name, Value = f.Value, IsInline = f.Inline }));
                return (bare || footer is null ? embed : embed.WithFooter(footer)).Build();
            }

            var longest = values.Select((f, i) => (f.Value.Length, i)).DefaultIfEmpty().Max();
            if (text is { Length: > MinDescription })
            {
                descriptionMax = Math.Max(MinDescription, text.Length - excess);
            }
            else if (longest.Length > MinFieldValue)
            {
                valueMax[longest.i] = Math.Max(MinFieldValue, longest.Length - excess);
            }
            else if (count > 0)
            {
                count--;
            }
            else
            {
                bare = true;
            }
        }
    }

    private static string Name(string name) =>
        string.IsNullOrWhiteSpace(name) ? Blank : DiscordText.Plain(name.Trim()).Truncate(EmbedLimits.FieldName);

    private static DiscordText Value(string value) =>
        string.IsNullOrWhiteSpace(value) ? new DiscordText(Blank, []) : DiscordText.FromMarkup(value.Trim());
}
