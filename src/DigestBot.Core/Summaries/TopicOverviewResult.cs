using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;


namespace DigestBot.Summaries;

/// <summary>
/// The themes among the papers of a window matching a query: <see cref="Considered"/> papers (the most relevant of
/// <see cref="Matching"/>) were grouped; <see cref="Unthemed"/> of them share no theme.
/// </summary>
public sealed record TopicOverviewResult(SearchQuery Query, DateTimeOffset? Since, int Matching, int Considered, IReadOnlyList<Theme> Themes)
{
    public int Unthemed => Considered - Themes.Sum(t => t.Count);

    /// <summary>The end of a window that ends (exclusive: <c>agents in 2025</c>, <c>from 2020 to 2023</c>, <c>before 2018</c>); null for a window up to now.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>How the search answered: a topic in plain words that no page of papers holds every word of is answered
    /// by the closest (<see cref="SearchMode.BestMatch"/>), as search answers it.</summary>
    public SearchMode Mode { get; init; } = SearchMode.Exact;

    /// <summary>A topic with a typo grouped as the papers spell it (<see cref="Query"/>): the words read otherwise (<see cref="SearchResults.Mended"/>).</summary>
    public IReadOnlyList<(string Typed, string Read)> Mended { get; init; } = [];

    /// <summary>The one paper considered, when only one was (themes need two: the reply names it instead).</summary>
    public Paper? Only { get; init; }

    /// <summary>Within a window that held no matching paper, what the search finds at any date (see <see cref="SearchResults.Earlier"/>).</summary>
    public EarlierMatches? Earlier { get; init; }
}
