using DigestBot.Commands;
using DigestBot.QueryLanguage;

namespace DigestBot.Watches;

/// <summary><c>watch test QUERY [--days N] [--json]</c>: what the query would have matched lately, per day, with the top matches.</summary>
public sealed class WatchTestCommand(WatchPreview preview) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "watch test",
        "Show what a watch query would have matched over the last days",
        [
            new CommandOption("query", "A watch query (same language as search)") { Required = true, Positional = true, IsQuery = true },
            new CommandOption("days", $"How many days back (default {WatchPreview.DefaultDays})", OptionType.Integer) { Min = 1, Max = 90 },
        ])
    {
        MayBeSlow = true,
        SupportsJson = true,
        Example = "ti:diffusion --days 14",
        CheckInput = request => Query(request.GetRequiredString("query")),
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var query = Query(request.GetRequiredString("query"));
        var days = (int)(request.GetInteger("days") ?? WatchPreview.DefaultDays);
        var (card, result) = preview.Test(query, days);
        return ValueTask.FromResult(new Reply { Cards = [card], Data = result });
    }

    private static SearchQuery Query(string text) =>
        SearchQuery.TryParse(text, out var query, out var error) ? query : throw new CommandInputException($"watch: {error}");
}
