using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Citations;

/// <summary>Real records of every recorded source, by key, as the parsers read them (for the citation table).</summary>
internal static class RealRecords
{
    private static readonly Lazy<Dictionary<string, Paper>> ByKey = new(Load);

    /// <summary>A record by key, or by the start of its key (a feed item's key is a hash: <c>src:feed:</c> and its link).</summary>
    public static Paper Get(string key) => ByKey.Value.TryGetValue(key, out var paper) ? paper : ByKey.Value[FeedItemKey.ForLink(key)!.Key];

    private static Dictionary<string, Paper> Load()
    {
        var seen = Fixtures.SeenAt;
        IEnumerable<Paper> Items(ParseResult result) => result.Items.Select(i => i.Paper);
        return new[]
        {
            Items(ArxivApiParser.Parse(Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml"), seen)),
            Items(ArxivApiParser.Parse(Fixtures.Recorded("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml"), seen)),
            Items(ArxivApiParser.Parse(Fixtures.Recorded("arxiv_api_2026-05_idlist_oldstyle_astro-ph_0601001.xml"), seen)),
            Items(SemanticScholarParser.Parse(Fixtures.Recorded("semantic_scholar_paper_search_2026-03_attention_mechanism_5.json"), seen)),
            Items(SemanticScholarParser.Parse(Fixtures.Recorded("semantic_scholar_recommendations_2026-03_forpaper_1706.03762_5.json"), seen)),
            Items(OpenAlexParser.Parse(Fixtures.Recorded("openalex_work_2026-02_W2741809807.json"), seen)),
            Items(FeedParser.Parse(Fixtures.Recorded("bair_blog_rss_2026-04-20_3_items.xml"), SourceNames.Rss("bair"), seen)),
        }.SelectMany(p => p).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
