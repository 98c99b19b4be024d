using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DigestBot.Commands;
using DigestBot.PaperCards;
using DigestBot.Papers;
using DigestBot.Summaries;
using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

/// <summary>
/// Turns a channel's pending deliveries into a stored-ready digest: a header with count and period, then one card
/// per paper (title linked, authors, categories, date, why it matched, TL;DR, links), split into chunks of at most
/// <see cref="DigestsOptions.MaxPapersPerMessage"/> papers. Titles and TL;DRs are readable text (<see cref="ReadableTex"/>);
/// <c>digest --dry-run --json</c> gives the titles as stored.
/// </summary>
public sealed class DigestComposer(PaperStore papers, SummaryService summaries, TopicOverview topics, Outbox outbox, IOptions<DigestsOptions> options)
{
    public DigestRecord Compose(ulong channelId, IReadOnlyList<Delivery> deliveries, DateTimeOffset now, DateTimeOffset? since)
    {
        // The channel's digest number: unique even for two digests in the same instant, short enough to read.
        var id = DigestId(channelId, outbox.LastDigestNumber(channelId) + 1);
        var found = deliveries
            .Select(d => (Delivery: d, Paper: papers.Find(PaperId.Parse(d.PaperId))))
            .Where(x => x.Paper is not null)
            .ToList();
        var items = found.Select(x => (x.Delivery, Card: Card(x.Paper!, x.Delivery))).ToList();

        // "themes today: KV cache, layer normalization" heads the digest when the papers share key phrases.
        var themes = topics.ThemeLine([.. found.Select(x => x.Paper!)]);
        var per = Math.Max(1, options.Value.MaxPapersPerMessage);
        var parts = (items.Count + per - 1) / per;
        var chunks = items.Chunk(per).Select((group, index) => new DigestChunk
        {
            Index = index,
            Nonce = Nonce(channelId, id, index),

            // The marker line lets a transport recognise a chunk that already arrived (see IChannelPoster).
            Text = (index == 0 ? Header(items.Count, since, now) + (themes is null ? string.Empty : "\n" + ReplyMarkup.Escape(themes)) : "(continued)")
                + "\n" + Marker(id, index, parts),
            Cards = [.. group.Select(g => g.Card)],
            DeliveryIds = [.. group.Select(g => g.Delivery.Id)],
        });
        return new DigestRecord { Id = id, ChannelId = channelId, CreatedAt = now, Chunks = [.. chunks] };
    }

    /// <summary>The channel's n-th digest: <c>{channel}-{n}</c>.</summary>
    public static string DigestId(ulong channelId, int number) => $"{channelId}-{number}";

    /// <summary>The n of a digest id <c>{channel}-{n}</c> (0 for an id not of that shape).</summary>
    public static int NumberOf(string digestId) =>
        int.TryParse(digestId.AsSpan(digestId.LastIndexOf('-') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public static string Marker(string digestId, int chunk, int parts) => $"-# digest {digestId} · part {chunk + 1}/{parts}";

    /// <summary>Deterministic per (channel, digest, chunk) and within Discord's 25-character nonce limit.</summary>
    public static string Nonce(ulong channelId, string digestId, int chunk) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}:{digestId}:{chunk}")))[..20];

    private static string Header(int count, DateTimeOffset? since, DateTimeOffset now)
    {
        var period = since is { } s ? $" since {s.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"📚 {count} new paper{(count == 1 ? string.Empty : "s")}{period}");
    }

    private Card Card(Paper paper, Delivery delivery)
    {
        var why = delivery.MatchedTerms.Count > 0
            ? $"{string.Join(", ", delivery.WatchNames)} — matched {string.Join(", ", delivery.MatchedTerms)}"
            : string.Join(", ", delivery.WatchNames);
        var authors = paper.Authors.Count <= 3
            ? string.Join(", ", paper.Authors.Select(a => a.Name))
            : string.Join(", ", paper.Authors.Take(3).Select(a => a.Name)) + " et al.";
        var date = PaperCard.DateText(paper);
        // Each link named by what it is, as the paper card names it (a journal's DOI is not an "abs").
        var links = string.Join(" · ", ReadingLinks.Of(paper.Links).Select(l => ReplyMarkup.Link(l.Label, l.Url)));
        return new Card(paper.Title.Length > 0 ? ReadableTex.Readable(paper.Title) : paper.Id)
        {
            Url = ReadingLinks.Primary(paper.Links),
            Description = ReplyMarkup.Escape(ReadableTex.Readable(summaries.Offline(paper).Text)),
            Fields =
            [
                new CardField("Authors", authors.Length > 0 ? ReplyMarkup.Escape(authors) : "(none listed)"),
                new CardField("Categories", paper.Categories.Count > 0 ? ReplyMarkup.Escape(string.Join(", ", paper.Categories)) : "—", Inline: true),
                new CardField("Date", date, Inline: true),
                new CardField("Why", ReplyMarkup.Escape(why)),
                .. links.Length > 0 ? [new CardField("Links", links)] : Array.Empty<CardField>(),
            ],
            Footer = paper.Id,
        };
    }
}
