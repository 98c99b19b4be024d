using DigestBot.Papers;
using DigestBot.Watches;

namespace DigestBot.Dashboard;

/// <summary>
/// The watch editor's preview: which of the most recently stored papers a query would have matched, and why, decided by
/// <see cref="WatchMatcher"/> exactly as percolation decides it. A fresh matcher each time, so queries typed on the way
/// to the one saved never fill the percolator's cache of compiled watches. A query or name the channel already has is
/// refused here as Save would refuse it.
/// </summary>
internal sealed class LivePreview(PaperStore papers, WatchStore watches)
{
    public const int RecentPapers = 500;

    public Result Run(ulong channelId, string query, string? name)
    {
        if ((watches.Problem(query, name) ?? watches.Conflict(channelId, query, name)) is { } problem)
        {
            return new Result(problem, [], 0);
        }

        var recent = papers.Latest(RecentPapers);
        var probe = new Watch { Name = "preview", Query = query.Trim() };
        var matches = new WatchMatcher().Match(recent, [probe])
            .OrderByDescending(m => m.Paper.FirstSeen)
            .ThenBy(m => m.Paper.Id, StringComparer.Ordinal)
            .ToList();
        return new Result(null, matches, recent.Count);
    }

    public sealed record Result(string? Error, IReadOnlyList<WatchMatch> Matches, int Checked);
}
