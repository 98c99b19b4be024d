using DigestBot.Commands;
using DigestBot.Discord.Models;

namespace DigestBot.DiscordBot;

/// <summary>
/// A <see cref="Card"/> as an embed inside every limit: text escaped then cut (title 256, description 4096,
/// field 256/1024, footer 2048), at most 25 fields, and never more than the 6000 a whole message may carry.
/// </summary>
public static class DiscordEmbeds
{
    /// <summary>Discord rejects blank field names and values; a zero-width space is the usual stand-in.</summary>
    private const string Blank = "\u200b";
    private const int MinDescription = 256;
    private const int MinFieldValue = 64;

    public static Embed FromCard(Card card, string? url)
    {
        var fields = card.Fields.Take(card.Fields.Count > EmbedLimits.Fields ? EmbedLimits.Fields - 1 : EmbedLimits.Fields)
            .Select(f => new EmbedField(Text(f.Name, EmbedLimits.FieldName), Text(f.Value, EmbedLimits.FieldValue)) { Inline = f.Inline ? true : null })
            .ToList();
        if (card.Fields.Count > EmbedLimits.Fields)
        {
            fields.Add(new EmbedField("…", $"{card.Fields.Count - fields.Count} more not shown"));
        }

        var embed = new Embed
        {
            Title = string.IsNullOrWhiteSpace(card.Title) ? null : DiscordMarkdown.Truncate(DiscordMarkdown.Escape(card.Title.Trim()), EmbedLimits.Title),
            Url = url,
            Description = string.IsNullOrWhiteSpace(card.Description) ? null
                : DiscordMarkdown.Truncate(DiscordMarkdown.Escape(card.Description.Trim()), EmbedLimits.Description),
            Fields = fields.Count == 0 ? null : fields,

            // Footers show no markdown, so they are cut but not escaped.
            Footer = string.IsNullOrWhiteSpace(card.Footer) ? null : new EmbedFooter(DiscordMarkdown.Truncate(card.Footer.Trim(), EmbedLimits.Footer)),
        };
        return Fit(embed, EmbedLimits.TotalPerMessage);
    }

    /// <summary>Shrinks the description, then the longest field values, then drops trailing fields until the embed fits.</summary>
    public static Embed Fit(Embed embed, int budget)
    {
        while (EmbedLimits.Size(embed) > budget)
        {
            var excess = EmbedLimits.Size(embed) - budget;
            var fields = embed.Fields ?? [];
            var longest = fields.Select((f, i) => (f.Value.Length, i)).DefaultIfEmpty().Max();
            if (embed.Description is { Length: > MinDescription } description)
            {
                embed = embed with { Description = DiscordMarkdown.Truncate(description, Math.Max(MinDescription, description.Length - excess)) };
            }
            else if (longest.Length > MinFieldValue)
            {
                var field = fields[longest.i];
                var value = DiscordMarkdown.Truncate(field.Value, Math.Max(MinFieldValue, field.Value.Length - excess));
                embed = embed with { Fields = [.. fields.Select((f, i) => i == longest.i ? f with { Value = value } : f)] };
            }
            else if (fields.Count > 0)
            {
                embed = embed with { Fields = fields.Count == 1 ? null : [.. fields.Take(fields.Count - 1)] };
            }
            else
            {
                embed = embed with { Description = null, Footer = null };
            }
        }

        return embed;
    }

    private static string Text(string text, int max) =>
        string.IsNullOrWhiteSpace(text) ? Blank : DiscordMarkdown.Truncate(DiscordMarkdown.Escape(text.Trim()), max);
}
