using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Citations;

/// <summary>Papers to cite: recorded arXiv API entries (read in place) and a few built for one rule each.</summary>
internal static class CitedPapers
{
    private static readonly Lazy<IReadOnlyList<Paper>> Recorded = new(() =>
    [
        .. ArxivApiParser.Parse(Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml"), Fixtures.SeenAt).Items.Select(i => i.Paper),
        .. ArxivApiParser.Parse(Fixtures.Recorded("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml"), Fixtures.SeenAt).Items.Select(i => i.Paper),
    ]);

    public static IReadOnlyList<Paper> All => Recorded.Value;

    /// <summary>A recorded paper by its arXiv id.</summary>
    public static Paper Get(string id) => Recorded.Value.Single(p => p.Id == id);

    public static Paper Attention() => new()
    {
        Id = "1706.03762",
        Version = 7,
        Title = "Attention Is All You Need",
        Authors = [new Author("Ashish Vaswani"), new Author("Noam Shazeer"), new Author("Niki Parmar")],
        Categories = ["cs.CL", "cs.LG"],
        Published = new DateTimeOffset(2017, 6, 12, 17, 57, 34, TimeSpan.Zero),
        FirstSeen = Fixtures.SeenAt,
    };

    public static Paper WithAuthors(int count) => Attention() with
    {
        Authors = [.. Enumerable.Range(1, count).Select(i => new Author($"Given{i} Family{i}"))],
    };
}
