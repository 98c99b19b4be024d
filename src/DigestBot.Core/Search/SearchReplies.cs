using System.Globalization;
using DigestBot.Commands;
using DigestBot.PaperCards;
using DigestBot.Papers;
using DigestBot.QueryLanguage;

namespace DigestBot.Search;

/// <summary>
/// How search results read, for every transport, and in Discord as pages of <see cref="PageSize"/> with ◀ ▶
/// buttons that run <see cref="SearchPageCommand"/> on the stored <see cref="SearchPage"/>. A hit's title and snippet
/// are shown as readable text (<see cref="ReadableTex"/>), the snippet's matched words still in bold; the hits themselves
/// (<c>--json</c>) keep the text as stored.
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

    /// <summary>
    /// The line above the results: how many match, and how the search was answered. Free text that no page of papers
    /// holds every word of says so ("no paper has all 7 words of … — showing the closest"); date order says so.
    /// </summary>
    public static string Summary(SearchResults results)
    {
        // "author:Cooper" typed as a field we do not have was searched as words: say so first, and what to write.
        var mistyped = results.Request.Query.MistypedFields;
        var note = mistyped.Count == 0 ? string.Empty
            : string.Join(" ", mistyped.Select(m => $"{ReplyMarkup.Escape(m.Typed[..(m.Typed.IndexOf(':', StringComparison.Ordinal) + 1)])} is not a field, so {ReplyMarkup.Escape(m.Typed)} was searched as words (for the field, write {ReplyMarkup.Escape(m.Meant)})."))
              + " ";
        return note + ReadAs(results.Mended) + Answer(results);
    }

    /// <summary>
    /// "No stored paper has the word “agnet”, so it was read as “agent”. ", before the answer to the question as read;
    /// empty for a search as typed.
    /// </summary>
    public static string ReadAs(IReadOnlyList<(string Typed, string Read)> mended) => mended switch
    {
        [] => string.Empty,
        [var (typed, read)] => $"No stored paper has the word {Quote(typed)}, so it was read as {Quote(read)}. ",
        _ => $"No stored paper has the words {Joined(mended.Select(m => m.Typed), "or")}, so they were read as {Joined(mended.Select(m => m.Read), "and")}. ",
    };

    private static string Quote(string word) => $"\u201C{ReplyMarkup.Escape(word)}\u201D";

    private static string Joined(IEnumerable<string> words, string last)
    {
        var quoted = words.Select(Quote).ToList();
        return quoted.Count == 2 ? $"{quoted[0]} {last} {quoted[1]}" : $"{string.Join(", ", quoted[..^1])} {last} {quoted[^1]}";
    }

    /// <summary>
    /// The date window as a reply says it after "papers": <c> published since 2026-11-30</c>, <c> published in 2025</c>,
    /// <c> published before 2018</c>, or nothing without one.
    /// </summary>
    public static string Window(DateTimeOffset? since, DateTimeOffset? until) => (since, until) switch
    {
        (_, { } end) => $" published {TimePhrase.Within(since, end)}",
        ({ } from, null) => $" published since {Date(from)}",
        _ => string.Empty,
    };

    private static string Answer(SearchResults results)
    {
        var since = Window(results.Request.Since, results.Request.Until);
        var query = results.Request.Query;

        // The query is the user's text inside our markup: escaped, so its own * _ ` [ stay literal.
        var text = Quoted(query);
        var order = results.TotalHits <= 1 ? string.Empty // not on "No papers match", nor for one paper
            : results.Sort == SearchSort.Date ? ", newest first"
            : results.BySimilarity ? ", closest in meaning first" : string.Empty;
        var first = results.Request.Offset + 1;
        var shown = results.TotalHits == 0 ? string.Empty
            : results.Hits.Count == 0 ? string.Create(CultureInfo.InvariantCulture, $"; none after result {results.Request.Offset:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"; showing {first:N0}–{first + results.Hits.Count - 1:N0}:");
        if (results.Indexed == 0)
        {
            // A newcomer's first search, before any paper came in: the query is not what is wrong.
            return $"No papers are stored yet, so nothing matches {text}: an import or the sources' first poll brings some";
        }

        // (Within --since, a stored paper outside the window is not "not stored": the general line says it.)
        if (query.IsPaperLookup && results.TotalHits == 0 && results.Request.Since is null && results.Request.Until is null)
        {
            return NotStored([.. query.PaperKeys.Distinct(StringComparer.Ordinal).Select(PaperId.ShownKey)]);
        }

        if (query.IsFreeText && query.Words.Count == 0)
        {
            return $"No papers match {text}: it has only question and common words, nothing to search for";
        }

        if (results.Retrieval == SearchRetrieval.Semantic)
        {
            var close = results.CloseInMeaning;
            var sentence = close switch
            {
                // Not even the nearest are near: they are about something else.
                0 when results.TotalHits == 0 => $"No paper{since} is anywhere near {text} in meaning",

                // "Close" is a threshold (a match); the nearest below it may still be on topic, so it is not said to be far.
                0 => $"No paper{since} is close enough in meaning to {text} to count as a match",
                1 => $"1 paper{since} is close in meaning to {text}",
                var n => string.Create(CultureInfo.InvariantCulture, $"{n:N0} papers{since} are close in meaning to {text}"),
            };
            var nearest = close < results.TotalHits ? " — showing the nearest" : string.Empty;
            return $"{sentence}{nearest} ({Coverage(results)}{order}){shown}";
        }

        // Nothing found: that no paper is near in meaning is worth saying, unless no stored paper is in the window at all.
        var meaning = results.Retrieval == SearchRetrieval.Hybrid && results.TotalHits == 0
            ? results.Earlier is { InWindow: 0 } ? null : $"none near it in meaning either; {Coverage(results)}"
            : results.Retrieval == SearchRetrieval.Hybrid
            ? string.Create(CultureInfo.InvariantCulture, $"{(results.ByMeaningOnly > 0 ? $"{results.ByMeaningOnly:N0} more by meaning alone; " : string.Empty)}ranked by words and meaning, {Coverage(results)}")
            : results.WordsOnly;
        if (results.Mode == SearchMode.BestMatch)
        {
            var words = query.Words.Count;
            var all = results.AllWordsHits switch
            {
                0 => $"No paper{since} has all {words} words of {text}",
                1 => $"Only 1 paper{since} has all {words} words of {text}",
                var n => string.Create(CultureInfo.InvariantCulture, $"Only {n:N0} papers{since} have all {words} words of {text}"),
            };
            var closest = meaning is null
                ? string.Create(CultureInfo.InvariantCulture, $"{results.TotalHits:N0} with at least {results.MinimumWords} of them")
                : string.Create(CultureInfo.InvariantCulture, $"{results.TotalHits - results.ByMeaningOnly:N0} with at least {results.MinimumWords} of them{(results.WordsOnly is null ? "," : ";")} {meaning}");
            var mend = DidYouMean(results) is { } suggestion ? $" ({suggestion})" : string.Empty;
            return $"{all}{mend} — showing the closest ({closest}{order}){shown}{EarlierHint(results)}";
        }

        var matching = (results.TotalHits - results.ByMeaningOnly) switch
        {
            0 => $"No papers{since} match",
            1 => $"1 paper{since} matches",
            var n => string.Create(CultureInfo.InvariantCulture, $"{n:N0} papers{since} match"),
        };
        // Nothing found: that older papers match says more than which papers lack a category.
        var why = EarlierHint(results) is { Length: > 0 } earlier ? earlier
            : results.TotalHits == 0 && CategoryHint(results) is { } hint ? $": {hint}" : string.Empty;

        // Several papers asked for by id, some not stored: name those, or the reply reads as if all were found.
        var missing = results.NotStored.Count == 0 ? string.Empty
            : $" ({ReplyMarkup.Escape(string.Join(", ", results.NotStored.Select(PaperId.ShownKey)))} {(results.NotStored.Count == 1 ? "is" : "are")} not stored here{results.NotStoredFetch})";
        if (DidYouMean(results) is { } didYouMean)
        {
            text += $" — {didYouMean}";
        }

        return meaning is null ? $"{matching} {text}{missing}{order}{shown}{why}" : $"{matching} {text}{missing} ({meaning}{order}){shown}{why}";
    }

    /// <summary>"did you mean “sparse attention”?" (an operator query as typed, ti:attention), or null (<see cref="SearchResults.Suggestion"/>).</summary>
    private static string? DidYouMean(SearchResults results) => results.Suggestion is not { } mended ? null
        : results.Request.Query.IsFreeText ? $"did you mean \u201C{ReplyMarkup.Escape(mended)}\u201D?"
        : $"did you mean {ReplyMarkup.Escape(mended)}?";

    /// <summary>
    /// After a search within <c>--since</c> that found nothing, what the same search finds at any date: "; 15 earlier
    /// papers match, the newest published 2026-06-11", and first, when no stored paper is that recent, that this is why.
    /// After a window that ends (<c>in 2025</c>), "papers of other dates", which may be later ones.
    /// Empty otherwise, and when the search finds nothing at any date either (the query is what to change then).
    /// </summary>
    public static string EarlierHint(EarlierMatches? earlier)
    {
        if (earlier is not { Total: > 0 })
        {
            return string.Empty;
        }

        var one = earlier.Total == 1;
        var papers = (one, earlier.Bounded) switch
        {
            (true, false) => "1 earlier paper",
            (true, true) => "1 paper of another date",
            (false, false) => string.Create(CultureInfo.InvariantCulture, $"{earlier.Total:N0} earlier papers"),
            (false, true) => string.Create(CultureInfo.InvariantCulture, $"{earlier.Total:N0} papers of other dates"),
        };
        var verb = (earlier.Closest, one) switch
        {
            (true, true) => "has some of its words",
            (true, false) => "have some of its words",
            (false, true) => "matches",
            (false, false) => "match",
        };
        var newest = earlier.Newest is not { } date ? string.Empty : one ? $", published {date.Display}" : $", the newest published {date.Display}";
        var none = earlier.Bounded ? "no stored paper is from that time" : "no stored paper is that recent";
        return earlier.InWindow == 0 ? $": {none}; {papers} {verb}{newest}" : $"; {papers} {verb}{newest}";
    }

    private static string EarlierHint(SearchResults results) => results.TotalHits == 0 ? EarlierHint(results.Earlier) : string.Empty;

    /// <summary>
    /// Why a <c>cat:</c> query may have found nothing: some stored papers have no category, and so cannot match it
    /// (those from Hugging Face, OpenAlex or Semantic Scholar have none until arXiv brings the same paper). Null when
    /// every paper has one, or when the search did not count them (<see cref="SearchResults.WithCategory"/>).
    /// </summary>
    public static string? CategoryHint(SearchResults results)
    {
        if (results is not { WithCategory: { } with, Indexed: { } stored } || with >= stored)
        {
            return null;
        }

        const string Why = "arXiv gives them; Hugging Face Daily Papers, OpenAlex and Semantic Scholar do not";
        var without = stored - with;
        return (with, stored, without) switch
        {
            (_, 1, _) => $"the one stored paper has no category ({Why})",
            (0, _, _) => string.Create(CultureInfo.InvariantCulture, $"none of the {stored:N0} stored papers has a category ({Why})"),
            (_, _, 1) => string.Create(CultureInfo.InvariantCulture, $"1 of the {stored:N0} stored papers has no category ({Why})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{without:N0} of the {stored:N0} stored papers have no category ({Why})"),
        };
    }

    /// <summary>
    /// The query as a reply names it, escaped: a question in plain words between typographic quotes, so a long one
    /// reads apart from the sentence around it ("No paper has all 6 words of “how can …” — showing the closest");
    /// a query with operators, fields or quotes of its own, and a list of paper ids, as typed.
    /// </summary>
    public static string Quoted(SearchQuery query) =>
        query.IsFreeText && !query.IsPaperLookup ? $"\u201C{ReplyMarkup.Escape(query.Text)}\u201D" : ReplyMarkup.Escape(query.Text);

    /// <summary>How much of the corpus semantic search covers: "vectors for 41,200 of 52,000 papers".</summary>
    private static string Coverage(SearchResults results) => (results.Embedded, results.Indexed) switch
    {
        ({ } embedded, { } papers) when embedded >= papers => string.Create(CultureInfo.InvariantCulture, $"vectors for all {papers:N0} papers"),
        ({ } embedded, { } papers) => string.Create(CultureInfo.InvariantCulture, $"vectors for {embedded:N0} of {papers:N0} papers"),
        _ => "no vectors",
    };

    /// <summary>The answer to paper ids or links (<paramref name="papers"/>, as typed) that name no stored paper.</summary>
    public static string NotStored(IReadOnlyList<string> papers) =>
        $"{NoneStored(papers)} (search reads the stored papers; the sources' polls and an import bring new ones)";

    /// <summary>"No paper X is stored here", or for several "None of X, Y is stored here".</summary>
    public static string NoneStored(IReadOnlyList<string> papers) => papers is [var one]
        ? $"No paper {ReplyMarkup.Escape(one)} is stored here"
        : $"None of {ReplyMarkup.Escape(string.Join(", ", papers))} is stored here";

    /// <summary>The mode as <c>search --json</c> names it.</summary>
    public static string ModeName(SearchMode mode) => mode switch
    {
        SearchMode.AllWords => "all-words",
        SearchMode.BestMatch => "best-match",
        _ => "exact",
    };

    public static Card Card(SearchHit hit, int rank)
    {
        var authors = hit.Authors.Count <= 3 ? string.Join(", ", hit.Authors) : $"{string.Join(", ", hit.Authors.Take(3))} +{hit.Authors.Count - 3} more";
        string?[] parts =
        [
            hit.Id,
            authors.Length > 0 ? authors : null,
            hit.PublishedDate?.Display ?? PaperCard.NoDate,
            hit.Categories.Count > 0 ? string.Join(", ", hit.Categories) : null,
            // Ranked by meaning alone (like: terms, --mode semantic, similar), the score is the similarity: named so.
            hit.Similarity is { } similarity && hit.Mode is "exact" or "semantic"
                ? string.Create(CultureInfo.InvariantCulture, $"similarity {similarity:F2}")
                : string.Create(CultureInfo.InvariantCulture, $"score {hit.Score:F2}"),
        ];
        return new Card($"{rank}. {(hit.Title.Length > 0 ? ReadableTex.Readable(hit.Title) : "(untitled)")}")
        {
            Url = hit.Url,
            Description = ReadableTex.ReadableMarkup(hit.Snippet),
            Footer = string.Join(" · ", parts.OfType<string>()),
        };
    }

    private static string Date(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
