using System.Text;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Sources.Ingestion;

public class CrossSourceIdentityTests
{
    private static readonly DateTimeOffset Seen = new(2026, 4, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_paper_from_the_arxiv_api_the_listing_feed_and_hf_daily_is_one_record_with_three_sources()
    {
        // The recordings are of different days; the same paper is made by giving one entry of each the RSS item's id.
        const string id = "2604.21935";
        var api = ArxivApiParser.Parse(Bytes("arxiv_api_2026-04_search_all-testing_10_entries.xml", "2202.12139", id), Seen);
        var rss = ArxivListingParser.Parse(Fixtures.Recorded("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), Seen.AddMinutes(1));
        var hf = HfDailyPapersParser.Parse(Bytes("hf_daily_papers_2026-06-12_latest_limit30.json", "2606.00467", id), Seen.AddMinutes(2));
        using var bot = new SourcesHarness(Seen);
        var ingestor = bot.Get<PaperIngestor>();

        ingestor.Store(api.Items, 0, announceNew: false);
        ingestor.Store(rss.Items, 0, announceNew: false);
        ingestor.Store(hf.Items, 0, announceNew: false);

        var paper = bot.Papers.Find(PaperId.Parse(id))!;
        Assert.Equal(10 + 3 + 30 - 2, bot.Papers.Count());
        Assert.Equal(["arxiv-api", "arxiv-rss", "hf-daily"], paper.Sources.Select(s => s.Source));
        Assert.Equal(1, paper.Version);
        Assert.NotNull(paper.HuggingFace);
        Assert.Equal($"https://huggingface.co/papers/{id}", paper.Links.Hf);
        Assert.NotNull(paper.Links.Abs);
    }

    private static byte[] Bytes(string fixture, string from, string to) =>
        Encoding.UTF8.GetBytes(Fixtures.RecordedText(fixture).Replace(from, to, StringComparison.Ordinal));
}
