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
        var results = store.UpsertBatch(
            [.. items.Select(i => i.Paper)],
            (index, result) =>
            {
                var yes = announceNew && result.Outcome == UpsertOutcome.New && IsFresh(items[index], cutoff);
                announced += yes ? 1 : 0;
                return yes;
            });

        return new IngestCounts(
            results.Count(r => r.Outcome == UpsertOutcome.New),
            results.Count(r => r.Outcome == UpsertOutcome.Updated),
            results.Count(r => r.Outcome == UpsertOutcome.Unchanged),
            skipped,
            announced);
    }

    private static bool IsFresh(SourceItem item, DateTimeOffset cutoff) =>
        item.AnnounceType is not (AnnounceType.Replace or AnnounceType.ReplaceCross)
        && (item.AnnouncedAt ?? item.Paper.Published) is { } date
        && date >= cutoff;
}
