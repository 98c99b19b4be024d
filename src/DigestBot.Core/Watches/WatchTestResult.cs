using DigestBot.Search;

namespace DigestBot.Watches;

/// <summary>
/// <c>watch test --json</c>: <c>{query, days, matching, matchingAnyDate, perDay, hits}</c>: the papers of the last
/// <see cref="Days"/> days the query matches (<see cref="Matching"/>, as <c>summary --topic --json</c> counts them), the
/// stored papers it matches whatever their date (a quiet week is told from a query that matches nothing), how many a
/// day (oldest first) and the top matches as <c>search --json</c> gives hits.
/// </summary>
public sealed record WatchTestResult(string Query, int Days, int Matching, int MatchingAnyDate, IReadOnlyList<WatchTestDay> PerDay, IReadOnlyList<SearchHit> Hits);

/// <summary>One day of <see cref="WatchTestResult.PerDay"/>: its first instant (UTC) and how many papers published that day match.</summary>
public sealed record WatchTestDay(DateTimeOffset Day, int Count);
