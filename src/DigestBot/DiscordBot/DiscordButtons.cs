using DigestBot.Commands;
using DigestBot.Discord.Models;

namespace DigestBot.DiscordBot;

/// <summary>
/// Reply buttons as legacy components: link buttons for URLs (http(s), ≤512), secondary buttons for actions
/// (custom id 1–100, unique); five to a row, at most five rows; anything else is left out.
/// </summary>
public static class DiscordButtons
{
    public static IReadOnlyList<Component>? Rows(IReadOnlyList<ReplyButton> buttons)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<Component>();
        foreach (var button in buttons)
        {
            var label = DiscordMarkdown.Truncate(string.IsNullOrWhiteSpace(button.Label) ? "Open" : button.Label.Trim(), Component.MaxLabel);
            if (button.Url is { } url && IsLink(url, Component.MaxUrl))
            {
                components.Add(Component.LinkButton(label, url));
            }
            else if (button.Action is { Length: > 0 and <= Component.MaxCustomId } action && ids.Add(action))
            {
                components.Add(Component.ActionButton(label, action));
            }
        }

        var rows = components.Take(Component.MaxRows * Component.MaxButtonsPerRow).Chunk(Component.MaxButtonsPerRow).Select(c => Component.Row(c)).ToList();
        return rows.Count == 0 ? null : rows;
    }

    public static bool IsLink(string url, int max) =>
        url.Length <= max && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
