using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

/// <summary>Every parser behind one signature, so bad-input rules can be checked against all of them.</summary>
internal static class Parsers
{
    public static readonly IReadOnlyDictionary<string, Func<byte[], ParseResult>> ByBytes = new Dictionary<string, Func<byte[], ParseResult>>
    {
        ["arxiv-api"] = b => ArxivApiParser.Parse(b, Fixtures.SeenAt),
        ["arxiv-rss"] = b => ArxivListingParser.Parse(b, Fixtures.SeenAt),
        ["hf-daily"] = b => HfDailyPapersParser.Parse(b, Fixtures.SeenAt),
        ["feed"] = b => FeedParser.Parse(b, SourceNames.Feed, Fixtures.SeenAt),
        ["openalex"] = b => OpenAlexParser.Parse(b, Fixtures.SeenAt),
        ["semantic-scholar"] = b => SemanticScholarParser.Parse(b, Fixtures.SeenAt),
        ["arxiv-snapshot"] = b => ArxivSnapshotParser.Parse(new MemoryStream(b), Fixtures.SeenAt),
    };

    public static readonly IReadOnlyDictionary<string, Func<string, ParseResult>> ByText = new Dictionary<string, Func<string, ParseResult>>
    {
        ["arxiv-api"] = t => ArxivApiParser.Parse(t, Fixtures.SeenAt),
        ["arxiv-rss"] = t => ArxivListingParser.Parse(t, Fixtures.SeenAt),
        ["hf-daily"] = t => HfDailyPapersParser.Parse(t, Fixtures.SeenAt),
        ["feed"] = t => FeedParser.Parse(t, SourceNames.Feed, Fixtures.SeenAt),
        ["openalex"] = t => OpenAlexParser.Parse(t, Fixtures.SeenAt),
        ["semantic-scholar"] = t => SemanticScholarParser.Parse(t, Fixtures.SeenAt),
        ["arxiv-snapshot"] = t => ArxivSnapshotParser.Parse(t, Fixtures.SeenAt),
    };

    /// <summary>The recorded (or, for formats without a recording, synthetic) document of each parser.</summary>
    public static byte[] Sample(string parser) => parser switch
    {
        "arxiv-api" => Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml"),
        "arxiv-rss" => Fixtures.Recorded("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"),
        "hf-daily" => Fixtures.Recorded("hf_daily_papers_2026-06-12_latest_limit30.json"),
        "feed" => Fixtures.Synthetic("journal_rss2_feed.xml"),
        "openalex" => Fixtures.Recorded("openalex_works_search_2026-03_attention_mechanism_5.json"),
        "semantic-scholar" => Fixtures.Recorded("semantic_scholar_paper_search_2026-03_attention_mechanism_5.json"),
        "arxiv-snapshot" => Fixtures.Synthetic("arxiv_snapshot_lines.jsonl"),
        _ => throw new ArgumentOutOfRangeException(nameof(parser)),
    };

    public static TheoryData<string> Names() => new(ByBytes.Keys);

    /// <summary>The document-level parsers (all but the line-by-line snapshot).</summary>
    public static TheoryData<string> DocumentNames() => new(ByBytes.Keys.Where(k => k != "arxiv-snapshot"));
}
