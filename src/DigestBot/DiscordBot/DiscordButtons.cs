using Discord;
using DigestBot.Commands;

namespace DigestBot.DiscordBot;

/// <summary>
/// Reply buttons as legacy components built with Discord.Net's <see cref="ComponentBuilder"/>: link buttons for URLs
/// (http(s), ≤512), secondary buttons for actions (custom id 1–100, unique); five to a row, at most five rows; anything
/// else is left out.
/// </summary>
public static class DiscordButtons
{
    public static MessageComponent? Rows(IReadOnlyList<ReplyButton> buttons)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var built = new List<ButtonBuilder>();
        foreach (var button in buttons)
        {
            var label = DiscordMarkdown.Truncate(string.IsNullOrWhiteSpace(button.Label) ? "Open" : button.Label.Trim(), EmbedLimits.ButtonLabel);
            if (button.Url is { } url && IsLink(url, EmbedLimits.ButtonUrl))
            {
                built.Add(new ButtonBuilder { Label = label, Style = ButtonStyle.Link, Url = url });
            }
            else if (button.Action is { Length: > 0 and <= EmbedLimits.CustomId } action && ids.Add(action))
            {
                built.Add(new ButtonBuilder { Label = label, Style = ButtonStyle.Secondary, CustomId = action });
            }
        }

        if (built.Count == 0)
        {
            return null;
        }

        var rows = built.Take(EmbedLimits.Rows * EmbedLimits.ButtonsPerRow).Chunk(EmbedLimits.ButtonsPerRow)
            .Select(row => new ActionRowBuilder().WithComponents(row.Cast<IMessageComponentBuilder>().ToList()));
        return new ComponentBuilder().WithRows(rows).Build();
    }

    public static bool IsLink(string url, int max) =>
        url.Length <= max && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
