using System.Text.RegularExpressions;
using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.QueryLanguage;

namespace DigestBot.Watches;

/// <summary>
/// <c>watch test QUERY [--days N] [--channel ID] [--json]</c>: what the query would have matched lately, per day, with the top matches.
/// A number alone (<c>watch test 1</c>, or <c>#1</c>) that is one of this channel's watches tests that watch's query,
/// as <c>watch list</c> numbers them; any other number is a query as before.
/// </summary>
public sealed partial class WatchTestCommand(WatchPreview preview, WatchStore watches) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "watch test",
        "Show what a watch query, or this channel's watch N, would have matched over the last days",
        [
            new CommandOption("query", "A watch query (same language as search), or the number of one of this channel's watches")
            {
                Required = true,
                Positional = true,
                IsQuery = true,
                Autocomplete = true,
            },
            new CommandOption("days", $"How many days back (default {WatchPreview.DefaultDays})", OptionType.Integer) { Min = 1, Max = 90 },
            ChannelOption.Definition,
        ])
    {
        MayBeSlow = true,
        SupportsJson = true,
        Example = "ti:diffusion --days 14",
        CheckInput = request => Query(request.GetRequiredString("query")),
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var text = request.GetRequiredString("query");
        var watch = Numbered(text, ChannelOption.Resolve(request));
        var query = Query(watch?.Query ?? text);
        var days = (int)(request.GetInteger("days") ?? WatchPreview.DefaultDays);
        var (card, result) = preview.Test(query, days);
        if (watch is not null)
        {
            card = card with { Description = $"{Named(watch)}\n{card.Description}" };
        }

        return ValueTask.FromResult(new Reply { Cards = [card], Data = result });
    }

    /// <summary>The channel's watch a number alone names (<c>1</c>, <c>#1</c>), or null.</summary>
    private Watch? Numbered(string text, ulong channelId) =>
        WatchNumberText().Match(text) is { Success: true } m && int.TryParse(m.Groups["n"].Value, out var id)
            ? watches.ForChannel(channelId).FirstOrDefault(w => w.Id == id)
            : null;

    /// <summary>The watch tested, as the card's first line: <c>Watch 1 “agents”: `agent OR agents`</c> (no name when it is the query).</summary>
    private static string Named(Watch watch)
    {
        var name = watch.Name == watch.Query ? string.Empty : $" \u201C{ReplyMarkup.Escape(watch.Name)}\u201D";
        return $"Watch {watch.Id}{name}{(watch.Muted ? " (paused)" : string.Empty)}: {ReplyMarkup.Code(watch.Query)}";
    }

    private static SearchQuery Query(string text) =>
        SearchQuery.TryParse(text, out var query, out var error) ? query : throw new CommandInputException($"watch: {error}");

    [GeneratedRegex(@"^\s*#?(?<n>\d{1,9})\s*$")]
    private static partial Regex WatchNumberText();
}
