using DigestBot.Papers;

namespace DigestBot.Search;

/// <summary>
/// What a search limited to recent papers (<c>--since</c>) that found none would find at any date: how many papers
/// (<see cref="Closest"/>: free text answered by the papers holding some of its words), the newest one's date, and how
/// many stored papers are recent enough at all. The reply says it, so an empty answer does not read as a query that
/// matches nothing (see <see cref="SearchResults.Earlier"/>).
/// </summary>
public sealed record EarlierMatches(int Total, bool Closest, PaperDate? Newest, int InWindow)
{
    /// <summary>The window had an end (<c>agents in 2025</c>): the papers found at other dates may be later ones too.</summary>
    public bool Bounded { get; init; }
}
