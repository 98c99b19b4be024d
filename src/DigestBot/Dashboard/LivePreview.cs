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
/// in the dashboard's terms (<see cref="DashboardWording"/>), the query's problem first; a name's problem alone (the
/// channel has a watch of that name) is said beside the preview of the query, which is fine.
/// </summary>
internal sealed class LivePreview(PaperStore papers, WatchStore watches, IWatchSeeds seeds, SemanticIndex vectors, WatchPreview explain)
{
    public const int RecentPapers = 500;

    /// <param name="editing">The watch the editor is changing, whose own query and name are no conflict.</param>
    public Result Run(ulong channelId, string query, string? name, int? editing = null)
    {
        if (QueryProblem(channelId, query, editing) is { } queryProblem)
        {
            return new Result(DashboardWording.Refusal(queryProblem.Text), [], 0, null);
        }

        // The query is fine: what is refused now is the name's.
        var problem = Problem(channelId, query, name, editing);
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
        return new Result(problem is null ? null : DashboardWording.Refusal(problem.Text), matches, recent.Count, why, NameOnly: problem is not null);
    }

    /// <summary>
    /// What Save refuses for the query and name together, as <see cref="WatchStore.Add"/> says it (the terminal's terms), or
    /// null.
    /// </summary>
    private WatchProblem? Problem(ulong channelId, string query, string? name, int? editing) =>
        watches.Problem(query, name) ?? watches.Conflict(channelId, query, name, editing);

    /// <summary>
    /// What Save refuses for the query whatever the name (empty, too long, the parser's or the validator's refusal, a watch
    /// of the channel with this query), as <see cref="WatchStore.Add"/> says it, or null: the query itself is fine.
    /// </summary>
    private WatchProblem? QueryProblem(ulong channelId, string query, int? editing) =>
        watches.Problem(query, null) ?? (watches.ForChannel(channelId).Any(w => w.Query == query.Trim() && w.Id != editing) ? watches.Conflict(channelId, query, null, editing) : null);

    /// <param name="Error">What Save would refuse, or null.</param>
    /// <param name="Why">When nothing matched, why (as <c>watch test</c> says it).</param>
    /// <param name="NameOnly">Whether <paramref name="Error"/> is the name's alone, the query previewed all the same.</param>
    public sealed record Result(string? Error, IReadOnlyList<WatchMatch> Matches, int Checked, string? Why, bool NameOnly = false);
}
