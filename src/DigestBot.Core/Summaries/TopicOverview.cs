using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using Microsoft.Extensions.Logging;

namespace DigestBot.Summaries;

/// <summary>
/// Topic overviews (<c>summary --topic</c>): the papers of a window matching a query, grouped into a few themes by
/// shared key phrases; and the one-line themes that head a digest.
/// </summary>
public sealed class TopicOverview(SearchService search, PaperStore store, KeyPhrases keyPhrases, ILogger<TopicOverview> logger)
{
    /// <summary>The most relevant papers of the window that are grouped; past this, themes read the top of the list.</summary>
    public const int MaxPapers = SearchRequest.MaxLimit;

    public const int MaxThemes = 5;

    /// <summary>Themes named in a digest's heading.</summary>
    public const int MaxThemesInLine = 3;

    /// <summary>Key phrases per paper that vote for themes: more than a paper shows, so near topics still meet.</summary>
    private const int VotingPhrases = 12;

    /// <param name="until">The end of a window that ends (exclusive); null for a window up to now.</param>
    public TopicOverviewResult Overview(
        SearchQuery query, DateTimeOffset? since, DateTimeOffset? until = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        // A topic with a typo is grouped as the papers spell it, as search answers it.
        var results = search.AsSpelled(
            new SearchRequest(query) { Since = since, Until = until, Limit = MaxPapers }, r => search.Search(r, progress, cancellationToken), progress, cancellationToken);
        query = results.Request.Query;
        var found = results.Hits.Select(h => store.Find(PaperId.Parse(h.Id))).OfType<Paper>().ToList();

        // Papers the index found only by a stem of a query word ("Normal" for "normalization") are not on the topic.
        var papers = found.Where(p => QueryEvidence.SaysAnyTerm(query, p)).ToList();
        var matching = results.TotalHits <= found.Count ? papers.Count : results.TotalHits - (found.Count - papers.Count);
        return new TopicOverviewResult(query, since, matching, papers.Count, Themes(papers, MaxThemes, cancellationToken)) { Until = until, Mode = results.Mode, Earlier = results.Earlier, Only = papers is [var only] ? only : null, Mended = results.Mended };
    }

    /// <summary>Up to <paramref name="maxThemes"/> themes among <paramref name="papers"/>, largest and most specific first.</summary>
    public IReadOnlyList<Theme> Themes(IReadOnlyList<Paper> papers, int maxThemes = MaxThemes, CancellationToken cancellationToken = default)
    {
        if (papers.Count < 2)
        {
            return [];
        }

        var (phrases, known) = keyPhrases.Score(papers, VotingPhrases, cancellationToken);
        var more = search.DocumentFrequencies(PhraseVotes.Phrases(phrases).Where(p => !known.Counts.ContainsKey(p)), cancellationToken);
        var frequencies = new PhraseFrequencies(more.Documents, known.Counts.Concat(more.Counts).ToDictionary(StringComparer.Ordinal));
        return new ThemeGrouping(papers, phrases, frequencies).Group(maxThemes);
    }

    /// <summary>
    /// The line that heads a digest of <paramref name="papers"/>, e.g. "themes today: KV cache, layer normalization"
    /// (<paramref name="lead"/> can say "themes this week" for a weekly digest), or null when no two papers share a
    /// theme. Never throws: a digest goes out without its themes rather than not at all.
    /// </summary>
    public string? ThemeLine(IReadOnlyList<Paper> papers, string lead = "themes today")
    {
        try
        {
            var themes = Themes(papers, MaxThemesInLine);
            return themes.Count == 0 ? null : $"{lead}: {string.Join(", ", themes.Select(t => t.Label))}";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Digest themes skipped");
            return null;
        }
    }
}
