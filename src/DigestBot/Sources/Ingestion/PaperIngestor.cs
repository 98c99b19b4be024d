using DigestBot.Papers;
using Microsoft.Extensions.Options;

namespace DigestBot.Sources;

/// <summary>
/// The one path from parsed items to the store, shared by scheduled polls and imports. It decides what is
/// announceable: new to the store, fresh (published or announced within <see cref="SourcesOptions.FreshnessDays"/>),
/// not a replacement, and only when the caller says the batch may announce (not a first poll or a backfill).
/// </summary>
public sealed class PaperIngestor(PaperStore store, IOptions<SourcesOptions> options, TimeProvider time)
{
    /// <summary>Starts a bulk load: see <see cref="PaperStore.BeginBulk"/>.</summary>
    public IDisposable BeginBulk() => store.BeginBulk();

    public IngestCounts Store(IReadOnlyList<SourceItem> items, int skipped, bool announceNew)
    {
        if (items.Count == 0)
        {
            return IngestCounts.Zero with { Skipped = skipped };
        }

        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.FreshnessDays);
        var announced = 0;
        var tooOld = 0;
        var results = store.UpsertBatch(
            [.. items.Select(i => i.Paper)],
            (index, result) =>
            {
                if (!announceNew || result.Outcome != UpsertOutcome.New)
                {
                    return false;
                }

                var freshness = Freshness(items[index], cutoff);
                announced += freshness == true ? 1 : 0;
                tooOld += freshness == false ? 1 : 0;
                return freshness == true;
            });

        return new IngestCounts(
            results.Count(r => r.Outcome == UpsertOutcome.New),
            results.Count(r => r.Outcome == UpsertOutcome.Updated),
            results.Count(r => r.Outcome == UpsertOutcome.Unchanged),
            skipped,
            announced,
            tooOld);
    }

    /// <summary>
    /// True when the item is fresh, false when it is too old, null when age does not decide: a replacement (a new
    /// version of an older paper) or an item with no date is never announced, and calling it "too old" would be wrong.
    /// </summary>
    private static bool? Freshness(SourceItem item, DateTimeOffset cutoff) =>
        item.AnnounceType is AnnounceType.Replace or AnnounceType.ReplaceCross || (item.AnnouncedAt ?? item.Paper.Published) is not { } date
            ? null
            : date >= cutoff;
}
