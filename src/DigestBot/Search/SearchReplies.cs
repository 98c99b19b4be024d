using System.Globalization;
using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.Search;

/// <summary>
/// How search results read, for every transport, and in Discord as pages of <see cref="PageSize"/> with ◀ ▶
/// buttons that run <see cref="SearchPageCommand"/> on the stored <see cref="SearchPage"/>.
/// </summary>
public static class SearchReplies
{
    public const int PageSize = 5;

    /// <summary>One Discord page: the header with the total, the hits as cards, and buttons to the neighbouring pages.</summary>
    public static Reply Page(SearchResults results, SearchPage? state, bool ephemeral)
    {
        var limit = state?.Limit ?? results.TotalHits;
        var pages = Math.Max(1, (Math.Min(results.TotalHits, limit) + PageSize - 1) / PageSize);
        var page = (results.Request.Offset / PageSize) + 1;
        var buttons = new List<ReplyButton>();
        if (state is not null && page > 1)
        {
            buttons.Add(new ReplyButton("◀ Previous") { Action = SearchPageCommand.Action(state.Id, page - 1) });
        }

        if (state is not null && page < pages)
        {
            buttons.Add(new ReplyButton("Next ▶") { Action = SearchPageCommand.Action(state.Id, page + 1) });
        }

        var header = Summary(results).TrimEnd(':');
        return new Reply
        {
            Text = pages > 1 ? string.Create(CultureInfo.InvariantCulture, $"{header} (page {page} of {pages})") : header,
            Cards = [.. results.Hits.Select((hit, i) => Card(hit, results.Request.Offset + i + 1))],
            Buttons = buttons,
            Ephemeral = ephemeral,
            Data = results.Hits,
        };
    }

    public static string Summary(SearchResults results)
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

    public static Card Card(SearchHit hit, int rank)
    {
        var authors = hit.Authors.Count <= 3 ? string.Join(", ", hit.Authors) : $"{string.Join(", ", hit.Authors.Take(3))} +{hit.Authors.Count - 3} more";
        string?[] parts =
        [
            hit.Id,
            authors.Length > 0 ? authors : null,
            hit.PublishedDate?.Display ?? PaperCard.NoDate,
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
