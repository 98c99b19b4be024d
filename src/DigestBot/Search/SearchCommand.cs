using System.Globalization;
using DigestBot.Commands;

namespace DigestBot.Search;

/// <summary>
/// <c>search QUERY [--since 7d|30d|1y|YYYY-MM-DD] [--limit N] [--offset N]</c>: ranked papers with a snippet each.
/// <c>--json</c> prints the hits as <c>[{id, title, authors, published, url, score, snippet}]</c>.
/// </summary>
public sealed class SearchCommand(SearchService search, TimeProvider time) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "search",
        "Search the stored papers (ti: au: abs: cat: id: all:, \"phrases\", AND OR NOT ANDNOT, -term, term*)",
        [
            new CommandOption("query", "What to search for, e.g. \"layer normalization\" AND cat:cs.LG -survey") { Required = true, Positional = true },
            new CommandOption("since", $"Only papers published since: {SinceOption.Help}"),
            new CommandOption("limit", $"How many results (default {SearchRequest.DefaultLimit})", OptionType.Integer) { Min = 1, Max = SearchRequest.MaxLimit },
            new CommandOption("offset", "Skip this many results, for the next page", OptionType.Integer) { Min = 0, Max = SearchRequest.MaxOffset },
        ])
    {
        SupportsJson = true,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (!SearchQuery.TryParse(request.GetRequiredString("query"), out var query, out var error))
        {
            throw new CommandInputException(error);
        }

        var results = search.Search(
            new SearchRequest(query)
            {
                Since = Since(request.GetString("since")),
                Offset = (int)(request.GetInteger("offset") ?? 0),
                Limit = (int)(request.GetInteger("limit") ?? SearchRequest.DefaultLimit),
            },
            request.Progress,
            cancellationToken);
        return ValueTask.FromResult(new Reply
        {
            Text = Summary(results),
            Cards = [.. results.Hits.Select((hit, i) => Card(hit, results.Request.Offset + i + 1))],
            Data = results.Hits,
        });
    }

    private DateTimeOffset? Since(string? text)
    {
        try
        {
            return text is null ? null : SinceOption.Parse(text, time.GetUtcNow());
        }
        catch (FormatException e)
        {
            throw new CommandInputException(e.Message);
        }
    }

    private static string Summary(SearchResults results)
    {
        var since = results.Request.Since is { } from ? $" published since {Date(from)}" : string.Empty;
        var matching = results.TotalHits switch
        {
            0 => $"No papers{since} match",
            1 => $"1 paper{since} matches",
            var n => string.Create(CultureInfo.InvariantCulture, $"{n:N0} papers{since} match"),
        };
        var first = results.Request.Offset + 1;
        var shown = results.TotalHits == 0 ? string.Empty
            : results.Hits.Count == 0 ? string.Create(CultureInfo.InvariantCulture, $"; none after result {results.Request.Offset:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"; showing {first:N0}–{first + results.Hits.Count - 1:N0}:");
        return $"{matching} {results.Request.Query.Text}{shown}";
    }

    private static Card Card(SearchHit hit, int rank)
    {
        var authors = hit.Authors.Count <= 3 ? string.Join(", ", hit.Authors) : $"{string.Join(", ", hit.Authors.Take(3))} +{hit.Authors.Count - 3} more";
        string?[] parts =
        [
            hit.Version > 0 ? $"{hit.Id}v{hit.Version}" : hit.Id,
            authors.Length > 0 ? authors : null,
            hit.Published is { } published ? Date(published) : null,
            hit.Categories.Count > 0 ? string.Join(", ", hit.Categories) : null,
            string.Create(CultureInfo.InvariantCulture, $"score {hit.Score:F2}"),
        ];
        return new Card($"{rank}. {(hit.Title.Length > 0 ? hit.Title : "(untitled)")}")
        {
            Url = hit.Url,
            Description = hit.Snippet,
            Footer = string.Join(" · ", parts.OfType<string>()),
        };
    }

    private static string Date(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
