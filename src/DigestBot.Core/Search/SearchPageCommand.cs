using System.Globalization;
using DigestBot.Commands;
using DigestBot.QueryLanguage;
using DigestBot.Semantic;

namespace DigestBot.Search;

/// <summary>
/// The ◀ ▶ buttons under a Discord search: shows page N of a stored search in place of the current one. A key that
/// expired, or that belongs to another channel, is refused: a button acts only on its own channel's search.
/// </summary>
public sealed class SearchPageCommand(HybridSearch search, SearchPages pages) : ICommandHandler
{
    public const string Name = "search-page";

    public static CommandDefinition Definition { get; } = new(
        Name,
        "Another page of a search",
        [
            new CommandOption("key", "The stored search") { Required = true },
            new CommandOption("page", "Page number, from 1", OptionType.Integer) { Required = true, Min = 1, Max = (SearchRequest.MaxOffset / SearchReplies.PageSize) + 1 },
        ])
    {
        Hidden = true,
    };

    public static string? Action(string key, int page) =>
        ComponentAction.Format(Name, new Dictionary<string, string> { ["key"] = key, ["page"] = page.ToString(CultureInfo.InvariantCulture) });

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var state = pages.Find(request.GetRequiredString("key"));
        if (state is null)
        {
            throw new CommandInputException($"This search has expired (searches are kept for {SearchPages.Lifetime.TotalHours:N0} hours): run /search again.");
        }

        if (state.ChannelId != request.Origin.ChannelId)
        {
            throw new CommandInputException("This button belongs to a search in another channel.");
        }

        var offset = ((int)request.GetInteger("page")!.Value - 1) * SearchReplies.PageSize;
        var query = SearchQuery.ParseSearch(state.Query);
        var results = search.Search(
            new SearchRequest(query) { Since = state.Since, Until = state.Until, Sort = state.Sort, Offset = offset, Limit = Math.Max(1, Math.Min(SearchReplies.PageSize, state.Limit - offset)) },
            state.Mode,
            request.Progress,
            cancellationToken);
        return ValueTask.FromResult(SearchReplies.Page(results, state, ephemeral: false) with { UpdatesMessage = true });
    }
}
