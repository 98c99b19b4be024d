using System.Globalization;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Semantic;

namespace DigestBot.Search;

/// <summary>
/// <c>search QUERY [--since 7d|30d|1y|YYYY-MM-DD] [--sort relevance|date] [--mode keyword|semantic|hybrid] [--limit N]
/// [--offset N]</c>: ranked papers with a snippet each. A query without syntax is free text (see
/// <see cref="SearchQuery.TryParseSearch"/>), answered by words and meaning together once papers have vectors (see
/// <see cref="HybridSearch"/>), and the reply says how it was answered; a window written into it (<c>from this week</c>,
/// <c>since 2025</c>: <see cref="TimePhrase"/>) is read as <c>--since</c> when none is given. <c>--json</c> prints the
/// hits as <c>[{id, title, authors, published, url, score, snippet, mode, similarity}]</c>. In Discord the results come
/// five to a page with ◀ ▶ buttons, and <c>private</c> answers only the caller.
/// </summary>
public sealed class SearchCommand(HybridSearch search, SearchPages pages, PaperStore store, MissingPapers missing, SimilarCommand similar, TimeProvider time) : ICommandHandler
{
    private const string Relevance = "relevance";
    private const string Date = "date";

    /// <summary>Options a search asks for that similar does not take: with any of them (or a later page), a "similar to" question is searched.</summary>
    private static readonly string[] NotForSimilar = ["since", "sort", "mode"];

    private static readonly CommandOption SortOption = new("sort", "relevance or date (newest first); default relevance, date when nothing is ranked (cat:, au:, term*)")
    {
        Choices = [Relevance, Date],
        ChoiceAliases = new Dictionary<string, string>
        {
            ["newest"] = Date,
            ["latest"] = Date,
            ["recent"] = Date,
            ["new"] = Date,
            ["best"] = Relevance,
            ["relevant"] = Relevance,
            ["score"] = Relevance,
        },
    };

    public static CommandDefinition Definition { get; } = new(
        "search",
        "Search the stored papers: a question in plain words, or ti: au: abs: cat: id: all:, \"phrases\", AND OR NOT, -term, term*",
        [
            new CommandOption("query", "A question, or a query such as \"reinforcement learning\" AND ti:policy -survey") { Required = true, Positional = true, IsQuery = true },
            new CommandOption("since", $"Only papers published since: {SinceOption.Help}") { Autocomplete = true },
            SortOption,
            new CommandOption("mode", "keyword, semantic (by meaning) or hybrid (both); default hybrid for a question in plain words, keyword for a query with operators")
            {
                Choices = [.. Enum.GetValues<SearchRetrieval>().Select(HybridSearch.Name)],
            },
            new CommandOption("limit", $"How many results (default {SearchRequest.DefaultLimit}; in Discord, how many to page through)", OptionType.Integer)
            {
                Min = 1,
                Max = SearchRequest.MaxLimit,
            },
            new CommandOption("offset", "Skip this many results, for the next page", OptionType.Integer) { Min = 0, Max = SearchRequest.MaxOffset, LocalOnly = true },
            new CommandOption("private", "Answer only me", OptionType.Boolean) { DiscordOnly = true },
        ])
    {
        SupportsJson = true,
        Example = "\"sparse attention\" OR ti:diffusion --since 2026-06-01",
        CheckInput = request =>
        {
            _ = Query(request.GetRequiredString("query"));
            _ = SinceOption.Window(request.GetString("since"), TimeProvider.System.GetUtcNow(), request.Origin.IsDiscord);
        },
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var text = request.GetRequiredString("query");

        // "papers similar to 2606.13392": what the similar command answers, not papers that say "similar".
        if (AnsweredBySimilar(text, request.Options) is { } like)
        {
            return SimilarAsync(request, like, cancellationToken);
        }

        var query = Query(text);

        // A link or id only the store can turn into a paper's key: that paper, or a line saying it is not stored.
        if (query.UnresolvedPaper is { } reference)
        {
            if (store.Find(reference) is not { } paper)
            {
                return ValueTask.FromResult(NotStored(missing.SearchHint([reference.Text], request.Origin) ?? SearchReplies.NotStored([reference.Display])));
            }

            query = SearchQuery.ForPapers(text, [paper.Id]);
        }

        // "diffusion papers from this week": the window is --since, the rest is the question (and what a page keeps).
        var now = time.GetUtcNow();
        var (narrowed, since, until) = TimePhrase.Apply(query, SinceOption.Window(request.GetString("since"), now, request.Origin.IsDiscord), now);
        (query, text) = ReferenceEquals(narrowed, query) ? (query, text) : (narrowed, narrowed.Text);

        // "latest papers on diffusion", "agents, newest first": --sort date, the rest is the question.
        var (ordered, sort) = DateOrderPhrase.Apply(query, Sort(request.GetString("sort")));
        (query, text) = ReferenceEquals(ordered, query) ? (query, text) : (ordered, ordered.Text);
        var mode = Mode(request.GetString("mode"));
        if (request.Origin.IsDiscord)
        {
            // Discord pages through the results five at a time; the buttons find the query again by a stored key.
            var limit = (int)(request.GetInteger("limit") ?? SearchRequest.MaxLimit);
            var first = WithFetchNote(search.Search(new SearchRequest(query) { Since = since, Until = until, Sort = sort, Limit = SearchReplies.PageSize }, mode, request.Progress, inDiscord: true, cancellationToken), request.Origin);
            if (FetchHint(first, request.Origin) is { } hint)
            {
                return ValueTask.FromResult(NotStored(hint));
            }

            var state = Math.Min(first.TotalHits, limit) > SearchReplies.PageSize ? pages.Save(request.Origin.ChannelId, text, since, limit, sort, mode, until) : null;
            return ValueTask.FromResult(SearchReplies.Page(first, state, request.GetBoolean("private")));
        }

        var results = WithFetchNote(
            search.Search(
                new SearchRequest(query)
                {
                    Since = since,
                    Until = until,
                    Sort = sort,
                    Offset = (int)(request.GetInteger("offset") ?? 0),
                    Limit = (int)(request.GetInteger("limit") ?? SearchRequest.DefaultLimit),
                },
                mode,
                request.Progress,
                cancellationToken),
            request.Origin);
        if (FetchHint(results, request.Origin) is { } fetch)
        {
            return ValueTask.FromResult(NotStored(fetch));
        }

        return ValueTask.FromResult(new Reply
        {
            Text = SearchReplies.Summary(results),
            Cards = [.. results.Hits.Select((hit, i) => SearchReplies.Card(hit, results.Request.Offset + i + 1))],
            Data = results.Hits,
        });
    }

    /// <summary>
    /// The paper whose similar papers answer this search ("papers similar to 2606.13392", with none of the options similar
    /// does not take and no later page), or null when it is searched: one list, which the dashboard does not page.
    /// </summary>
    public static string? AnsweredBySimilar(string query, IReadOnlyDictionary<string, object> options) =>
        !NotForSimilar.Any(options.ContainsKey) && options.GetValueOrDefault("offset") is null or 0L ? SimilarQuestion.Paper(query) : null;

    /// <summary>
    /// The similar command's reply for the paper a question names: its default count in Discord (one page), else the
    /// search's <c>--limit</c> up to similar's own limit.
    /// </summary>
    private async ValueTask<Reply> SimilarAsync(CommandRequest request, string paper, CancellationToken cancellationToken)
    {
        var options = new Dictionary<string, object> { ["id"] = paper };
        if (!request.Origin.IsDiscord && request.GetInteger("limit") is { } limit)
        {
            options["limit"] = Math.Min(limit, SimilarCommand.MaxLimit);
        }

        var reply = await similar.HandleAsync(request with { Command = SimilarCommand.Definition, Options = options }, cancellationToken);
        return reply with { Ephemeral = reply.Ephemeral || request.GetBoolean("private") };
    }

    /// <summary>Paper ids searched for alone, none stored, that <c>paper</c> would fetch: the line saying so, else null.</summary>
    private string? FetchHint(SearchResults results, CommandOrigin origin) =>
        results.Request.Query.PaperKeys is { Count: > 0 } keys && results.TotalHits == 0 && results.Request.Since is null && results.Request.Until is null
            ? missing.SearchHint([.. keys.Distinct(StringComparer.Ordinal)], origin)
            : null;

    /// <summary>Several papers asked for by id, some not stored: the results with the command that fetches those.</summary>
    private SearchResults WithFetchNote(SearchResults results, CommandOrigin origin) =>
        results.NotStored.Count == 0 ? results : results with { NotStoredFetch = missing.FetchNote(results.NotStored, origin) };

    private static Reply NotStored(string text) => new() { Text = text, Data = Array.Empty<SearchHit>() };

    /// <summary>The <c>sort</c> option (<c>newest</c> is date); the definition's choices have already refused anything else.</summary>
    internal static SearchSort? Sort(string? text) => text is null ? null
        : SortOption.Choice(text) == Date ? SearchSort.Date
        : SearchSort.Relevance;

    /// <summary>The <c>mode</c> option (null: the query decides); the definition's choices have already refused anything else.</summary>
    internal static SearchRetrieval? Mode(string? text) =>
        text is null ? null : Enum.GetValues<SearchRetrieval>().First(r => string.Equals(HybridSearch.Name(r), text, StringComparison.OrdinalIgnoreCase));

    private static SearchQuery Query(string text) =>
        SearchQuery.TryParseSearch(text, out var query, out var error) ? query : throw new CommandInputException(error);
}
