using System.Globalization;
using DigestBot.Commands;
using DigestBot.Search;

namespace DigestBot.Watches;

/// <summary>
/// What a watch query would have matched over the last days (by published date): a count per day and the top
/// matches, so people tune a watch before it posts. Shared by <c>watch test</c> and <c>watch add</c>.
/// </summary>
public sealed class WatchPreview(SearchService search, TimeProvider time)
{
    public const int DefaultDays = 7;

    public Card Preview(SearchQuery query, int days)
    {
        var today = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var counts = new List<(DateTimeOffset Day, int Count)>();
        var later = Total(query, today.AddDays(1));
        for (var day = today; day > today.AddDays(-days); day = day.AddDays(-1))
        {
            var sinceDay = Total(query, day);
            counts.Add((day, sinceDay - later));
            later = sinceDay;
        }

        var top = search.Search(new SearchRequest(query) { Since = today.AddDays(1 - days), Limit = 5 });
        var perDay = string.Join(" · ", counts.AsEnumerable().Reverse().Select(c => $"{c.Day.ToString("MMM d", CultureInfo.InvariantCulture)}: {c.Count}"));
        return new Card($"Would have matched {top.TotalHits} paper{(top.TotalHits == 1 ? string.Empty : "s")} in the last {days} days")
        {
            Description = top.TotalHits == 0 ? "Nothing yet: check the spelling, or widen the query." : perDay,
            Fields = [.. top.Hits.Select(h => new CardField(h.Title, $"{h.Id} · {h.Snippet}"))],
        };
    }

    private int Total(SearchQuery query, DateTimeOffset since) =>
        search.Search(new SearchRequest(query) { Since = since, Limit = 1 }).TotalHits;
}
