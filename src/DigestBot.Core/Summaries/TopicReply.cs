using System.Globalization;
using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.Summaries;

/// <summary>
/// A topic overview as a reply: a line saying what was grouped, then one card per theme (label and count, the most
/// representative paper's title, link and offline TL;DR, the other papers), in plain text for terminals and Discord alike,
/// titles and TL;DR as readable text (<see cref="ReadableTex"/>). <c>--json</c> prints
/// <c>{query, since, matching, considered, unthemed, mode, themes: [{label, count, representative, papers}]}</c> (<c>mode</c> as <c>search --json</c> names it),
/// titles as stored.
/// </summary>
internal static class TopicReply
{
    /// <summary>Papers listed per theme card besides the representative one.</summary>
    private const int Listed = 5;

    public static Reply Build(TopicOverviewResult result, SummaryService summaries) => new()
    {
        Text = DigestBot.Search.SearchReplies.ReadAs(result.Mended) + Heading(result),
        Cards = [.. result.Themes.Select(t => Card(t, summaries))],
        Data = new TopicJson(
            result.Query.Text,
            result.Since,
            result.Until,
            result.Matching,
            result.Considered,
            result.Unthemed,
            DigestBot.Search.SearchReplies.ModeName(result.Mode),
            [.. result.Themes.Select(t => new ThemeJson(t.Label, t.Count, Ref(t.Representative), [.. t.Papers.Select(Ref)]))]),
    };

    private static string Heading(TopicOverviewResult result)
    {
        var since = DigestBot.Search.SearchReplies.Window(result.Since, result.Until);
        var papers = result.Matching == result.Considered
            ? Count(result.Matching, "paper")
            : string.Create(CultureInfo.InvariantCulture, $"the {result.Considered} most relevant of {result.Matching:N0} papers");
        var text = DigestBot.Search.SearchReplies.Quoted(result.Query);

        // Plain words that no page of papers holds all of are answered by the closest papers, as search says it.
        var matching = result.Mode == DigestBot.Search.SearchMode.BestMatch
            ? string.Create(CultureInfo.InvariantCulture, $"closest to {text} (too few have all {result.Query.Words.Count} of its words)")
            : $"matching {text}";
        if (result.Themes.Count == 0)
        {
            return result.Matching == 0 ? $"No papers{since} match {text}{DigestBot.Search.SearchReplies.EarlierHint(result.Earlier)}"
                : result.Only is { } only ? $"Only 1 paper{since} {matching}, and themes need two: {ReplyMarkup.Escape($"{only.Id} · {Shorten(ReadableTex.Readable(only.Title))}")}"
                : $"No themes among {papers}{since} {matching}: no two of them share a key phrase";
        }

        var rest = result.Unthemed > 0 ? $"; {Count(result.Unthemed, "paper")} fit none" : string.Empty;
        return $"{Count(result.Themes.Count, "theme")} among {papers}{since} {matching}{rest}:";
    }

    private static Card Card(Theme theme, SummaryService summaries)
    {
        var representative = theme.Representative;
        var others = theme.Papers.Where(p => p.Id != representative.Id).ToList();
        var listed = string.Join('\n', others.Take(Listed).Select(p => ReplyMarkup.Escape($"{p.Id} · {Shorten(ReadableTex.Readable(p.Title))}")));
        if (others.Count > Listed)
        {
            listed += $"\n+{others.Count - Listed} more";
        }

        // Plain lines, no markdown: the representative's title first, its link and TL;DR under it. The theme itself has
        // no page, so the card title links nowhere (it used to carry the representative's link, printed before its title).
        // No footer: the link already names the paper, and the terminal printed its id a second time.
        var url = representative.Links.Abs ?? representative.Links.Hf;
        string?[] lines = [ReadableTex.Readable(representative.Title), url, ReadableTex.Readable(summaries.Offline(representative).Text)];
        return new Card($"{theme.Label} · {Count(theme.Count, "paper")}")
        {
            Fields =
            [
                new CardField("Most representative", string.Join('\n', lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => ReplyMarkup.Escape(l!)))),
                .. listed.Length > 0 ? [new CardField("Also", listed)] : Array.Empty<CardField>(),
            ],
        };
    }

    private static string Shorten(string title) =>
        title.Length <= 90 ? title : title[..(title.LastIndexOf(' ', 88) is > 0 and var cut ? cut : 89)] + "…";

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? string.Empty : "s")}");

    private static PaperJson Ref(Paper paper) => new(paper.Id, paper.Title, paper.Links.Abs ?? paper.Links.Hf);

    private sealed record TopicJson(string Query, DateTimeOffset? Since, DateTimeOffset? Until, int Matching, int Considered, int Unthemed, string Mode, IReadOnlyList<ThemeJson> Themes);

    private sealed record ThemeJson(string Label, int Count, PaperJson Representative, IReadOnlyList<PaperJson> Papers);

    private sealed record PaperJson(string Id, string Title, string? Url);
}
