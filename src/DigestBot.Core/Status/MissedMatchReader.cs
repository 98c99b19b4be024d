using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Watches;
using Microsoft.Extensions.Options;

namespace DigestBot.Status;

/// <summary>
/// Finds the papers first seen after a point that match a channel's watches yet were never owed to it, and tells
/// why from what is stored (see <see cref="MissedMatches"/>). Read only when <c>status</c> would otherwise say
/// nothing matched, and over at most <see cref="MaxPapers"/> papers, so a big import cannot make status slow.
/// </summary>
public sealed class MissedMatchReader(PaperStore papers, WatchStore watches, WatchMatcher matcher, Outbox outbox, IOptions<SourcesOptions> sources)
{
    public const int MaxPapers = 2000;

    public MissedMatches Read(ulong channelId, DateTimeOffset since)
    {
        var freshness = sources.Value.Freshness;
        var live = watches.ForChannel(channelId).Where(w => !w.Muted).ToList();
        var recent = papers.SeenAfter(since, MaxPapers + 1);
        var partial = recent.Count > MaxPapers;
        int tooOld = 0, notAnnounced = 0, beforeWatch = 0;
        foreach (var hit in matcher.Match([.. recent.Take(MaxPapers)], live).GroupBy(m => m.Paper.Id))
        {
            var paper = hit.First().Paper;
            if (outbox.DeliveryOf(channelId, paper.Id) is not null)
            {
                continue;
            }

            switch (papers.AnnouncementOf(paper.Id))
            {
                case null when FreshnessDate(paper) is { } date && date < paper.FirstSeen - freshness:
                    tooOld++;
                    break;
                case null:
                    notAnnounced++;
                    break;

                // Matched against the watches of that moment; every watch that matches it now came later.
                case { PercolatedAt: { } percolated } when hit.All(m => m.Watch.CreatedAt > percolated):
                    beforeWatch++;
                    break;
            }
        }

        return new MissedMatches(tooOld, notAnnounced, beforeWatch, partial, freshness);
    }

    /// <summary>
    /// The date the ingestor judged the paper's freshness by when it first stored it: the day HF featured it when HF
    /// was the first source to list it, else when it was published (a later source's date did not count then).
    /// </summary>
    private static DateTimeOffset? FreshnessDate(Paper paper) =>
        paper.Sources.MinBy(s => s.SeenAt)?.Source == SourceNames.HfDaily
            ? paper.HuggingFace?.SubmittedOnDailyAt ?? paper.PublishedDate?.Latest
            : paper.PublishedDate?.Latest;
}
