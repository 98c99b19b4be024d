using System.Globalization;

namespace DigestBot.Sources;

/// <summary>
/// The arXiv API, asked for the categories' papers submitted since the last poll (the first poll looks back
/// over the freshness window), newest first, page by page through the politeness gate.
/// </summary>
public sealed class ArxivApiSource(SourceHttp http, ArxivGate arxiv) : IPaperSource
{
    public const string DefaultBaseUrl = "https://export.arxiv.org/api/query";
    private const string CursorFormat = "yyyyMMddHHmm";

    // A paper becomes visible in the API only when announced, up to a few days (a weekend) after submission,
    // so each window reaches back this far before the previous poll; the store dedupes the overlap.
    private static readonly TimeSpan AnnouncementLag = TimeSpan.FromDays(4);

    public SourceType Type => SourceType.ArxivApi;

    public async Task<SourcePoll> PollAsync(SourceContext context, CancellationToken cancellationToken)
    {
        var config = context.Config;
        var from = ParseCursor(context.State.Cursor) is { } last ? last - AnnouncementLag : context.Now - context.Freshness;
        var query = BuildQuery(config.Categories, from, context.Now);
        var pages = new List<ParseResult>();
        for (var start = 0; start < config.MaxResults;)
        {
            var size = Math.Min(config.PageSize, config.MaxResults - start);
            var url = new Uri($"{config.Url ?? DefaultBaseUrl}?search_query={Uri.EscapeDataString(query)}"
                + $"&start={start}&max_results={size}&sortBy=submittedDate&sortOrder=descending");
            var page = await FetchPageAsync(url, context.Now, cancellationToken);

            // The API sometimes answers a valid but empty feed under load; an empty first page is asked once more
            // (the gate spaces the retry) before it is believed.
            if (start == 0 && page is { Failed: false, TotalResults: 0 })
            {
                page = await FetchPageAsync(url, context.Now, cancellationToken);
            }

            pages.Add(page);
            start += page.Items.Count + page.Skipped.Count;
            if (page.Failed || page.Items.Count + page.Skipped.Count == 0 || start >= (page.TotalResults ?? 0))
            {
                break;
            }
        }

        return new SourcePoll(pages) { Cursor = context.Now.UtcDateTime.ToString(CursorFormat, CultureInfo.InvariantCulture) };
    }

    private Task<ParseResult> FetchPageAsync(Uri url, DateTimeOffset now, CancellationToken cancellationToken) =>
        FetchAsync(http, arxiv, url, now, cancellationToken);

    /// <summary>
    /// One request to the arXiv API, waiting its turn at the arXiv gate, read as the API's Atom (an error entry is the
    /// result's error). Shared with the sources that ask the API for more about their papers.
    /// </summary>
    /// <exception cref="SourceFetchException">The request failed (no network, an HTTP error without an Atom body).</exception>
    public static async Task<ParseResult> FetchAsync(SourceHttp http, ArxivGate arxiv, Uri url, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var document = await arxiv.Gate.RunAsync(
            ct => http.GetAsync(url, validators: null, headers: null, acceptErrorBody: true, ct), cancellationToken);
        return ArxivApiParser.Parse(document.Body, now);
    }

    /// <summary>The API address of the first configured arXiv API source that names its own (a mirror, tests), or null.</summary>
    public static string? ConfiguredUrl(SourcesOptions options) =>
        options.List.Values.FirstOrDefault(s => s.Type == SourceType.ArxivApi && !string.IsNullOrWhiteSpace(s.Url))?.Url;

    /// <summary>These papers (ids, with or without a version) asked of <paramref name="api"/> in one request: as many results as papers.</summary>
    public static Uri IdListQuery(string api, IReadOnlyCollection<string> ids)
    {
        var list = string.Join(',', ids.Select(Uri.EscapeDataString));
        return new Uri(ids.Count == 1 ? $"{api}?id_list={list}" : $"{api}?id_list={list}&max_results={ids.Count}");
    }

    /// <summary><c>(cat:cs.LG OR cat:cs.AI) AND submittedDate:[202412160000 TO 202412170930]</c>.</summary>
    public static string BuildQuery(IReadOnlyList<string> categories, DateTimeOffset from, DateTimeOffset to)
    {
        var cats = string.Join(" OR ", categories.Select(c => $"cat:{c}"));
        var window = $"submittedDate:[{Format(from)} TO {Format(to)}]";
        return categories.Count > 1 ? $"({cats}) AND {window}" : $"{cats} AND {window}";
    }

    private static string Format(DateTimeOffset t) => t.UtcDateTime.ToString(CursorFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseCursor(string? cursor) =>
        DateTime.TryParseExact(cursor, CursorFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)
            ? new DateTimeOffset(t, TimeSpan.Zero)
            : null;
}
