using DigestBot.Papers;
using Microsoft.Extensions.Options;

namespace DigestBot.Sources;

/// <summary>
/// The one path from parsed items to the store, shared by scheduled polls and imports. It decides what is
/// announceable: new to the store, fresh (published or announced within <see cref="SourcesOptions.Freshness"/>),
/// not a replacement, and only when the caller says the batch may announce (not a first poll or a backfill). A paper
/// announced in the last <see cref="RematchWithin"/> that such a batch brings again with categories it lacked (Hugging
/// Face gives none; arXiv's listing a day later does) is matched against the watches again, or <c>cat:</c> watches
/// would never see it.
/// </summary>
public sealed class PaperIngestor(PaperStore store, IOptions<SourcesOptions> options, TimeProvider time)
{
    /// <summary>How recent an announcement must be for new categories to match its paper again (within the freshness too).</summary>
    public static readonly TimeSpan RematchWithin = TimeSpan.FromDays(7);

    /// <summary>Starts a bulk load: see <see cref="PaperStore.BeginBulk"/>.</summary>
    public IDisposable BeginBulk() => store.BeginBulk();

    public IngestCounts Store(IReadOnlyList<SourceItem> items, int skipped, bool announceNew)
    {
        if (items.Count == 0)
        {
            return IngestCounts.Zero with { Skipped = skipped };
        }

        var now = time.GetUtcNow();
        var cutoff = now - options.Value.Freshness;
        var rematchFrom = now - (options.Value.Freshness < RematchWithin ? options.Value.Freshness : RematchWithin);
        var announced = 0;
        var tooOld = 0;
        var results = store.UpsertBatch(
            [.. items.Select(i => i.Paper)],
            (index, result) =>
            {
                if (announceNew && result is { Outcome: UpsertOutcome.Updated, GainedCategories.Count: > 0 })
                {
                    // Its watches were matched without these categories: again, once (deliveries stand).
                    return store.AnnouncementOf(result.Paper.Id) is { PercolatedAt: not null } queued && queued.QueuedAt >= rematchFrom;
                }

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
    /// A year or month cannot prove a paper fresh (it is too old only when the whole period is).
    /// </summary>
    private static bool? Freshness(SourceItem item, DateTimeOffset cutoff)
    {
        if (item.AnnounceType is AnnounceType.Replace or AnnounceType.ReplaceCross)
        {
            return null;
        }

        var date = item.AnnouncedAt is { } announced ? PaperDate.Day(announced) : item.Paper.PublishedDate;
        return date switch
        {
            null => null,
            { Precision: DatePrecision.Day } day => day.Start >= cutoff,
            { } coarse => coarse.Latest < cutoff ? false : null,
        };
    }
}
