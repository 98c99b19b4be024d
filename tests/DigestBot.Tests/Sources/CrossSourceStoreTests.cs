using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Sources;

/// <summary>Parsed items stored through the real <see cref="PaperStore"/> (LiteDB in a temp directory).</summary>
public sealed class CrossSourceStoreTests : IDisposable
{
    private readonly TestStorage _storage = new();

    private PaperStore Store => _storage.Papers;

    [Fact]
    public void One_paper_from_arxiv_api_arxiv_rss_and_hf_daily_is_one_stored_paper_with_three_source_records()
    {
        var later = Fixtures.SeenAt.AddHours(1);
        var hf = HfDailyPapersParser.Parse(Fixtures.Recorded("hf_daily_papers_2026-06-12_latest_limit30.json"), Fixtures.SeenAt)
            .Items.Single(i => i.Paper.Id == "2606.13392");
        var rss = ArxivListingParser.Parse(Listing("2606.13392"), later).Items.Single();
        var api = ArxivApiParser.Parse(ApiEntry("2606.13392"), later.AddHours(1)).Items.Single();

        Assert.Equal(UpsertOutcome.New, Store.Upsert(hf.Paper).Outcome);
        Assert.Equal(UpsertOutcome.Updated, Store.Upsert(rss.Paper).Outcome);
        var stored = Store.Upsert(api.Paper).Paper;

        Assert.Equal(1, Store.Count());
        Assert.Equal(["hf-daily", "arxiv-rss", "arxiv-api"], stored.Sources.Select(s => s.Source));
        Assert.Equal(Fixtures.SeenAt, stored.FirstSeen);
        Assert.Equal(1, stored.Version);
        // Both categories, each once. (Which comes first is PaperMerge's rule: the stored order, here the RSS one.)
        Assert.Equal(["cs.CL", "cs.LG"], stored.Categories.Order());
        Assert.Equal(103, stored.HuggingFace?.Upvotes);
        Assert.Equal("https://github.com/MiniMax-AI/MSA", stored.Links.Code);
    }

    [Fact]
    public void Hugging_face_info_round_trips_through_litedb_and_a_newer_listing_replaces_it()
    {
        var items = HfDailyPapersParser.Parse(Fixtures.Recorded("hf_daily_papers_2026-06-12_latest_limit30.json"), Fixtures.SeenAt).Items;
        Store.UpsertBatch(items.Select(i => i.Paper).ToList());

        var stored = Store.Find(PaperId.Parse("2606.13392"))!;
        Assert.Equal(30, Store.Count());
        Assert.Equal(251, stored.HuggingFace!.GithubStars);
        Assert.Equal(9, stored.HuggingFace.AiKeywords.Count);
        Assert.Equal(new DateTimeOffset(2026, 6, 12, 0, 0, 0, TimeSpan.Zero), stored.HuggingFace.SubmittedOnDailyAt);

        var newer = items.Single(i => i.Paper.Id == "2606.13392").Paper;
        newer = newer with { HuggingFace = newer.HuggingFace! with { Upvotes = 150 } };
        Assert.Equal(150, Store.Upsert(newer).Paper.HuggingFace!.Upvotes);
    }

    public void Dispose() => _storage.Dispose();

    private static string Listing(string id) => $"""
        <rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>
          <item><title>MiniMax Sparse Attention</title><link>https://arxiv.org/abs/{id}</link>
            <description>arXiv:{id}v1 Announce Type: new 
        Abstract: Sparse attention for long contexts.</description>
            <guid isPermaLink="false">oai:arXiv.org:{id}v1</guid><category>cs.LG</category><category>cs.CL</category>
            <pubDate>Fri, 12 Jun 2026 00:00:00 -0400</pubDate><arxiv:announce_type>new</arxiv:announce_type>
            <dc:creator>Xunhao Lai, Weiqi Xu</dc:creator></item>
        </channel></rss>
        """;

    private static string ApiEntry(string id) => $"""
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"><entry>
          <id>http://arxiv.org/abs/{id}v1</id><title>MiniMax Sparse Attention</title>
          <summary>Sparse attention for long contexts.</summary><published>2026-06-11T17:00:00Z</published>
          <author><name>Xunhao Lai</name></author><arxiv:primary_category term="cs.CL"/><category term="cs.CL"/><category term="cs.LG"/>
        </entry></feed>
        """;
}
