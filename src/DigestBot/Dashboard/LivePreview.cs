using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Semantic;
using DigestBot.Watches;

namespace DigestBot.Dashboard;

/// <summary>
/// The watch editor's preview: which of the most recently stored papers a query would have matched, and why, decided by
/// <see cref="WatchMatcher"/> exactly as percolation decides it: a query with <c>like:</c> or <c>about:</c> terms against
/// the papers' vectors with the seeds percolation uses (as <see cref="SemanticPercolator"/>), any other on the papers'
/// words (as <see cref="Percolator"/>). A fresh matcher each time, so queries typed on the way to the one saved never
/// fill the percolator's cache of compiled watches. When nothing matches, the reason is <c>watch test</c>'s
/// (<see cref="WatchPreview.NoMatch"/>). A query or name the channel already has is refused here as Save would refuse it,
/// in the dashboard's terms (<see cref="DashboardWording"/>).
/// </summary>
internal sealed class LivePreview(PaperStore papers, WatchStore watches, IWatchSeeds seeds, SemanticIndex vectors, WatchPreview explain)
{
    public const int RecentPapers = 500;

    public Result Run(ulong channelId, string query, string? name)
    {
        if ((watches.Problem(query, name) ?? watches.Conflict(channelId, query, name)) is { } problem)
        {
            return new Result(DashboardWording.Refusal(problem), [], 0, null);
        }

        var recent = papers.Latest(RecentPapers);
        var probe = new Watch { Name = "preview", Query = query.Trim() };
        var matcher = new WatchMatcher(seeds);
        var found = WatchMatcher.IsSemantic(probe.Query)
            ? matcher.Match(recent, [probe], vectors: p => vectors.Enabled ? vectors.Get(p.Id)?.ToFloats() : null)
            : matcher.Match(recent, [probe]);
        var matches = found
            .OrderByDescending(m => m.Paper.FirstSeen)
            .ThenBy(m => m.Paper.Id, StringComparer.Ordinal)
            .ToList();
        var why = matches.Count == 0 && SearchQuery.TryParse(probe.Query, out var parsed, out _)
            ? explain.NoMatch(parsed, $"the {recent.Count} most recently stored papers")
            : null;
        return new Result(null, matches, recent.Count, why);
    }

    /// <param name="Why">When nothing matched, why (as <c>watch test</c> says it).</param>
    public sealed record Result(string? Error, IReadOnlyList<WatchMatch> Matches, int Checked, string? Why);
}
