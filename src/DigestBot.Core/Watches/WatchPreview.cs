using System.Globalization;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Semantic;

namespace DigestBot.Watches;

/// <summary>
/// What a watch query would have matched over the last days (by published date): how many, a count per day and
/// the top matches, so people tune a watch before it posts. Shared by <c>watch test</c> and <c>watch add</c>.
/// </summary>
public sealed class WatchPreview(HybridSearch search, PaperStore papers, SemanticIndex vectors, TimeProvider time)
{
    public const int DefaultDays = 7;
    private const int Top = 5;

    /// <param name="added">True for <c>watch add</c>: the watch exists, so the answer says new papers will be matched.</param>
    public Card Preview(SearchQuery query, int days, bool added = false) => Build(query, days, added).Card;

    /// <summary>The preview as a card and as <c>watch test --json</c> prints it (the same counts and matches).</summary>
    public (Card Card, WatchTestResult Result) Test(SearchQuery query, int days, bool added = false)
    {
        var (card, result) = Build(query, days, added);
        return (card, result());
    }

    /// <summary>
    /// The card, and the JSON result on demand: the count of stored papers at any date is a search of its own, which the
    /// card needs only when the window matched nothing (<c>watch add</c> never asks for the result).
    /// </summary>
    private (Card Card, Func<WatchTestResult> Result) Build(SearchQuery query, int days, bool added)
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

        var top = search.Search(new SearchRequest(query) { Since = today.AddDays(1 - days), Limit = Top }, SearchRetrieval.Keyword);
        var perDay = string.Join(" · ", counts.AsEnumerable().Reverse().Select(c => $"{c.Day.ToString("MMM d", CultureInfo.InvariantCulture)}: {c.Count}"));
        var window = days == 1 ? "the last day" : $"the last {days} days";
        var ever = new Lazy<SearchResults>(() => Ever(query));
        var summary = Summary(query, top.TotalHits, top.Hits.Count, window, added, ever);
        var card = new Card($"Would have matched {top.TotalHits} paper{(top.TotalHits == 1 ? string.Empty : "s")} in {window}")
        {
            Description = top.TotalHits == 0 ? summary : $"{summary}\n{perDay}",
            Fields = [.. top.Hits.Select(h => new CardField(ReadableTex.Readable(h.Title), $"{h.Id} · {ReadableTex.ReadableMarkup(h.Snippet)}"))],
        };
        return (card, () => new WatchTestResult(
            query.Text, days, top.TotalHits, ever.Value.TotalHits, [.. counts.AsEnumerable().Reverse().Select(c => new WatchTestDay(c.Day, c.Count))], top.Hits));
    }

    /// <summary>
    /// What <c>watch test</c> says when none of <paramref name="window"/> matches: no papers yet, why a query may match no
    /// stored paper at all (<see cref="Advice"/>), or that older papers do. The dashboard's preview says it too.
    /// </summary>
    public string NoMatch(SearchQuery query, string window) => Summary(query, 0, 0, window, added: false, new Lazy<SearchResults>(() => Ever(query)));

    /// <summary>
    /// How many papers of the window match. A quiet week is no sign of a misspelt query; only a query that matches no
    /// stored paper at any date (with papers stored) is told to check its spelling.
    /// </summary>
    /// <param name="ever">The stored papers the query matches at any date (searched only when the window matched none).</param>
    private string Summary(SearchQuery query, int total, int shown, string window, bool added, Lazy<SearchResults> ever)
    {
        var arriving = added ? "; new papers will be matched as they arrive." : ".";
        if (total > 0)
        {
            // "shown", not "below": Discord puts the matches under this line, the terminal above it.
            var below = total == 1 ? "shown" : $"top {shown} shown";
            return $"{Counts.Papers(total)} of {window} {(total == 1 ? "matches" : "match")} ({below}){arriving}";
        }

        if (papers.Latest(1).Count == 0)
        {
            return $"No papers are stored yet{arriving}";
        }

        if (ever.Value.TotalHits == 0)
        {
            return $"No stored paper matches this query at any date: {Advice(query, ever.Value)}"
                + (added ? "; new papers will still be matched as they arrive." : ".");
        }

        // The query works, the window was quiet: say so, or papers imported from months ago read as a broken query.
        var older = ever.Value.TotalHits == 1 ? "1 older stored paper does" : string.Create(CultureInfo.InvariantCulture, $"{ever.Value.TotalHits:N0} older stored papers do");
        return $"No paper of {window} matches yet ({older}){arriving}";
    }

    /// <summary>
    /// Why a query may match no stored paper at all: about: and like: match only papers that have a vector (say how
    /// many lack one, when some do); cat: matches only papers that have categories (say how many lack them, when some
    /// do); a question of several words needs every word in a watch (its typos mended, the words that would match, when
    /// some do); else the spelling.
    /// </summary>
    private string Advice(SearchQuery query, SearchResults ever)
    {
        if (query.SemanticTerms.Count > 0)
        {
            var stored = papers.Count();
            var missing = stored - vectors.Count;
            return missing > 0
                ? string.Create(CultureInfo.InvariantCulture, $"about: and like: match by meaning only papers that have a vector, and {missing:N0} of {stored:N0} have none yet (embed makes them; a running bot makes them in the background)")
                : "no paper is close enough in meaning to its about: or like: terms; check the rest of the query or widen it";
        }

        if (SearchReplies.CategoryHint(ever) is { } categories)
        {
            return categories;
        }

        // "papers similar to 2606.13392": search answers it as similar does; a watch says it with like:.
        if (FreeText.IsFreeText(query.Text) && SimilarQuestion.Paper(query.Text) is { } paper)
        {
            return $"for new papers like {ReplyMarkup.Escape(paper)}, watch {ReplyMarkup.Code($"like:{paper}")} (by meaning)";
        }

        // "diffusion this week": search reads the window as --since, a watch has none to read (it sees each paper as it comes).
        if (FreeText.IsFreeText(query.Text) && TimePhrase.Window(query.Text) is { } window)
        {
            return $"\u201C{ReplyMarkup.Escape(window)}\u201D is searched for as words here: a watch sees each new paper as it arrives, so leave the time out";
        }

        // Plain words, as a question is typed into search: in a watch each of them is required, question words too. A
        // typo among them is mended first ("multi agnet framwork"), as search would read it.
        if (FreeText.IsFreeText(query.Text) && query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1)
        {
            if (ever.Suggestion is { } spelled && SearchQuery.TryParse(spelled, out var respelled, out _) && Total(respelled, null) is > 0 and var matching)
            {
                return $"check the spelling: {ReplyMarkup.Code(spelled)} matches {Counts.Papers(matching)}";
            }

            const string every = "a watch needs every word of it, question words too";
            return Narrower(ever.Suggestion ?? query.Text) is ({ } words, var count)
                ? $"{every}: {ReplyMarkup.Code(words)} matches {Counts.Papers(count)}"
                : $"{every}: drop some, or join them with OR";
        }

        return ever.Suggestion is { } mended ? $"check the spelling (did you mean {ReplyMarkup.Code(mended)}?) or widen it"
            : "check the spelling or widen it";
    }

    /// <summary>
    /// The watch that plain words would better be, with how many stored papers it matches: the words a search keeps (its
    /// question and filler words left out, <c>papers about LLM agents</c> is <c>LLM agents</c>), else any of them joined
    /// by OR; null when neither matches a stored paper.
    /// </summary>
    private (string Query, int Count)? Narrower(string text)
    {
        if (!SearchQuery.TryParseSearch(text, out var asked, out _) || asked.Words.Count == 0)
        {
            return null;
        }

        string[] candidates = [string.Join(' ', asked.Words), string.Join(" OR ", asked.Words)];
        foreach (var candidate in candidates.Distinct().Where(c => !c.Equals(text, StringComparison.Ordinal)))
        {
            if (SearchQuery.TryParse(candidate, out var watch, out _) && Total(watch, null) is > 0 and var count)
            {
                return (candidate, count);
            }
        }

        return null;
    }

    private int Total(SearchQuery query, DateTimeOffset? since) =>
        search.Search(new SearchRequest(query) { Since = since, Limit = 1 }, SearchRetrieval.Keyword).TotalHits;

    private SearchResults Ever(SearchQuery query) =>
        search.Search(new SearchRequest(query) { Limit = 1 }, SearchRetrieval.Keyword);
}
