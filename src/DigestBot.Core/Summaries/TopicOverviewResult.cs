using DigestBot.QueryLanguage;


namespace DigestBot.Summaries;

/// <summary>
/// The themes among the papers of a window matching a query: <see cref="Considered"/> papers (the most relevant of
/// <see cref="Matching"/>) were grouped; <see cref="Unthemed"/> of them share no theme.
/// </summary>
public sealed record TopicOverviewResult(SearchQuery Query, DateTimeOffset? Since, int Matching, int Considered, IReadOnlyList<Theme> Themes)
{
    public int Unthemed => Considered - Themes.Sum(t => t.Count);
}
