using DigestBot.Papers;
using DigestBot.Search;

namespace DigestBot.Digests;

/// <summary>
/// <c>digest --dry-run --json</c>: <c>{channel, digest, messages, papers}</c>: the digest the post would be (its id, as in
/// the <c>digest 0-1</c> marker line; null with nothing pending), how many messages, and its papers in order.
/// </summary>
public sealed record DigestDryRunResult(string Channel, string? Digest, int Messages, IReadOnlyList<DigestPaper> Papers);

/// <summary>
/// One paper of a digest: the fields <c>search --json</c> gives a hit (<c>id, title, authors, published, publishedPrecision,
/// url</c>), and the digest's "Why": <c>watches</c> (names) and <c>matched</c> (the query terms that hit).
/// </summary>
public sealed record DigestPaper(
    string Id,
    string Title,
    IReadOnlyList<string> Authors,
    DateTimeOffset? Published,
    DatePrecision? PublishedPrecision,
    string? Url,
    IReadOnlyList<string> Watches,
    IReadOnlyList<string> Matched)
{
    public static DigestPaper Of(Paper paper, Delivery delivery) => new(
        paper.Id,
        paper.Title,
        [.. paper.Authors.Select(a => a.Name)],
        paper.Published,
        paper.PublishedPrecision,
        PaperDocument.Url(paper),
        delivery.WatchNames,
        delivery.MatchedTerms);
}
