using System.Globalization;
using DigestBot.Papers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Sources;

/// <summary>
/// Hugging Face Daily Papers for the current UTC day (the page fills up during the day, so poll often). Hugging Face
/// gives no arXiv categories, so the page's papers not stored with categories yet are asked of the arXiv API for
/// theirs, in one request through the arXiv gate: a <c>cat:</c> watch then matches them when they are announced. If
/// arXiv cannot answer, they are stored without (an arXiv listing that brings them later matches them again, see
/// <see cref="PaperIngestor"/>).
/// </summary>
public sealed class HfDailySource(SourceHttp http, ArxivGate arxiv, PaperStore store, IOptions<SourcesOptions> options, ILogger<HfDailySource> logger) : IPaperSource
{
    public const string DefaultBaseUrl = "https://huggingface.co";

    /// <summary>Most papers asked of the arXiv API for their categories in one poll (a day's page holds fewer).</summary>
    private const int MostCategoryLookups = 100;

    public SourceType Type => SourceType.HfDaily;

    public async Task<SourcePoll> PollAsync(SourceContext context, CancellationToken cancellationToken)
    {
        var day = context.Now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var url = new Uri($"{(context.Config.Url ?? DefaultBaseUrl).TrimEnd('/')}/api/daily_papers?date={day}&limit={context.Config.PageSize}");
        var headers = context.Config.ApiKey is { Length: > 0 } key ? new Dictionary<string, string> { ["Authorization"] = $"Bearer {key}" } : null;

        // Validators belong to one day's URL; yesterday's ETag would only ever miss.
        var validators = context.State.Cursor == day ? context.State : null;
        var document = await http.GetAsync(url, validators, headers, acceptErrorBody: false, cancellationToken);
        if (document.NotModified)
        {
            return SourcePoll.Unchanged with { Cursor = day };
        }

        var page = await WithCategoriesAsync(HfDailyPapersParser.Parse(document.Body, context.Now), context, cancellationToken);
        return SourcePoll.From(document, page) with { Cursor = day };
    }

    /// <summary>The page with each paper's arXiv categories, as far as the arXiv API gives them.</summary>
    private async Task<ParseResult> WithCategoriesAsync(ParseResult page, SourceContext context, CancellationToken cancellationToken)
    {
        // A paper stored with categories keeps them when the page's copy (without) is merged in: not asked again.
        var ids = page.Items
            .Where(i => i.Paper.Categories.Count == 0 && i.Paper.ParsedId() is { Kind: PaperIdKind.Arxiv } id && store.Find(id) is not { Categories.Count: > 0 })
            .Select(i => i.Paper.Id)
            .Distinct(StringComparer.Ordinal)
            .Take(MostCategoryLookups)
            .ToList();
        if (ids.Count == 0 || ArxivApi(context.Config) is not { } api)
        {
            return page;
        }

        ParseResult answer;
        try
        {
            answer = await ArxivApiSource.FetchAsync(http, arxiv, ArxivApiSource.IdListQuery(api, ids), context.Now, cancellationToken);
        }
        catch (SourceFetchException e)
        {
            answer = new ParseResult { Error = e.Failure.Reason };
        }

        if (answer.Failed)
        {
            logger.LogWarning("{Source}: arXiv did not give the categories of its {Count} papers ({Reason}); they are stored without", context.Name, ids.Count, answer.Error);
            return page;
        }

        var categories = answer.Items.GroupBy(i => i.Paper.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Paper.Categories, StringComparer.Ordinal);
        return page with
        {
            Items = [.. page.Items.Select(i => i.Paper.Categories.Count == 0 && categories.TryGetValue(i.Paper.Id, out var found) ? i with { Paper = i.Paper with { Categories = found } } : i)],
        };
    }

    /// <summary>
    /// Where to ask for categories: a configured <c>ArxivApi</c> source's address if one names its own (a mirror,
    /// tests), else arXiv's when this source reads Hugging Face itself; a source reading another address (a mirror,
    /// a test server) with no such arXiv source asks nobody.
    /// </summary>
    private string? ArxivApi(SourceConfig hf) =>
        ArxivApiSource.ConfiguredUrl(options.Value)
        ?? (string.IsNullOrWhiteSpace(hf.Url) || hf.Url.TrimEnd('/').Equals(DefaultBaseUrl, StringComparison.OrdinalIgnoreCase) ? ArxivApiSource.DefaultBaseUrl : null);
}
