using System.Text;
using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

/// <summary>Hand-broken variants of real fixtures: the broken item is skipped with a reason naming the problem, the rest kept.</summary>
public sealed class BadItemTests
{
    private const string Search2026 = "arxiv_api_2026-04_search_all-testing_10_entries.xml";
    private const string Daily = "hf_daily_papers_2026-06-12_latest_limit30.json";
    private const string Rss = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";

    private static string ApiText => Fixtures.RecordedText(Search2026);

    [Fact]
    public void Bytes_are_decoded_as_utf8_so_non_ascii_names_survive()
    {
        using var stream = Fixtures.OpenRecorded(Search2026);

        var result = ArxivApiParser.Parse(stream, Fixtures.SeenAt);

        Assert.Equal("Aurora Ramírez", result.Items[1].Paper.Authors[0].Name);
    }

    [Fact]
    public void Text_read_as_latin1_upstream_is_caught_as_mojibake_and_only_that_entry_skipped()
    {
        var mojibake = Encoding.Latin1.GetString(Fixtures.Recorded(Search2026));

        var result = ArxivApiParser.Parse(mojibake, Fixtures.SeenAt);

        Assert.Equal(9, result.Items.Count);
        Assert.DoesNotContain(result.Items, i => i.Paper.Id == "2405.13786");
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("http://arxiv.org/abs/2405.13786v1 (item 2)", skipped.Item);
        Assert.Contains("mojibake", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains("RamÃ", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_skip_only_the_items_they_damage()
    {
        var latin1Body = Encoding.Latin1.GetBytes(Fixtures.RecordedText(Daily));

        var result = HfDailyPapersParser.Parse(latin1Body, Fixtures.SeenAt);

        Assert.Equal(27, result.Items.Count);
        Assert.Equal(["2606.11409 (item 7)", "2606.12488 (item 9)", "2606.09446 (item 18)"], result.Skipped.Select(s => s.Item));
        Assert.All(result.Skipped, s => Assert.StartsWith("author name has bytes that are not valid UTF-8", s.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Xml_declaring_latin1_is_decoded_as_latin1()
    {
        var xml = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="2.0"><channel><item><title>Café</title><guid>https://doi.org/10.5555/cafe</guid><author>x@example.org (Zoé)</author></item></channel></rss>
            """;

        var result = FeedParser.Parse(Encoding.Latin1.GetBytes(xml), "rss:latin", Fixtures.SeenAt);

        var paper = Assert.Single(result.Items).Paper;
        Assert.Equal("Café", paper.Title);
        Assert.Equal("Zoé", paper.Authors[0].Name);
    }

    [Theory]
    [InlineData("<title>Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques</title>", "")]
    [InlineData("<title>Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques</title>", "<title>   </title>")]
    public void Entry_without_a_title_is_skipped_and_the_rest_kept(string title, string replacement)
    {
        var result = ArxivApiParser.Parse(ApiText.Replace(title, replacement, StringComparison.Ordinal), Fixtures.SeenAt);

        Assert.Equal(9, result.Items.Count);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("http://arxiv.org/abs/2202.12139v1 (item 1)", skipped.Item);
        Assert.Equal("missing title", skipped.Reason);
    }

    [Fact]
    public void Hf_paper_with_a_null_title_is_skipped()
    {
        var json = Fixtures.RecordedText(Daily).Replace("\"title\":\"MiniMax Sparse Attention\"", "\"title\":null", StringComparison.Ordinal);

        var result = HfDailyPapersParser.Parse(json, Fixtures.SeenAt);

        Assert.Equal(29, result.Items.Count);
        Assert.Equal(new ParseIssue("2606.13392 (item 22)", "missing title"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Huge_title_skips_the_entry_with_its_length()
    {
        var text = ApiText.Replace("<title>Microcontroller Based Testing of Digital IP-Core</title>", $"<title>{new string('x', 5000)}</title>", StringComparison.Ordinal);

        var result = ArxivApiParser.Parse(text, Fixtures.SeenAt);

        Assert.Equal(9, result.Items.Count);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("http://arxiv.org/abs/1205.1866v1 (item 8)", skipped.Item);
        Assert.Equal("title is 5000 characters long (at most 1000 expected)", skipped.Reason);
    }

    [Fact]
    public void Huge_abstract_is_trimmed_with_a_warning_and_the_paper_kept()
    {
        var huge = string.Join(' ', Enumerable.Repeat("word", 12_000));
        var text = ApiText.Replace("<summary>Test case prioritisation (TCP)", $"<summary>{huge} Test case prioritisation (TCP)", StringComparison.Ordinal);

        var result = ArxivApiParser.Parse(text, Fixtures.SeenAt);

        Assert.Equal(10, result.Items.Count);
        Assert.Empty(result.Skipped);
        Assert.True(result.Items[1].Paper.Abstract.Length <= 20_000);
        Assert.EndsWith("…", result.Items[1].Paper.Abstract, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("http://arxiv.org/abs/2405.13786v1 (item 2)", warning.Item);
        Assert.StartsWith("abstract trimmed from ", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_published_date_skips_the_entry_naming_field_and_value()
    {
        var text = ApiText.Replace("<published>2022-04-18T14:46:24Z</published>", "<published>18/04/2022 lunchtime</published>", StringComparison.Ordinal);

        var result = ArxivApiParser.Parse(text, Fixtures.SeenAt);

        Assert.Equal(9, result.Items.Count);
        Assert.Equal(new ParseIssue("http://arxiv.org/abs/2204.08348v3 (item 4)", "bad date in published: '18/04/2022 lunchtime'"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Bad_rss_pub_date_skips_the_item()
    {
        var text = Fixtures.RecordedText(Rss);
        var second = text.IndexOf("<pubDate>Mon, 27 Apr 2026 00:00:00 -0400</pubDate>", text.IndexOf("2604.21936", StringComparison.Ordinal), StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, second), "<pubDate>Mon, 31 Apr 2026 00:00:00 -0400</pubDate>", text.AsSpan(second + 50));

        var result = ArxivListingParser.Parse(text, Fixtures.SeenAt);

        Assert.Equal(["2604.21935", "2604.21937"], result.Items.Select(i => i.Paper.Id));
        Assert.Equal(new ParseIssue("oai:arXiv.org:2604.21936v1 (item 2)", "bad date in pubDate: 'Mon, 31 Apr 2026 00:00:00 -0400'"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Bad_hf_daily_date_skips_the_paper()
    {
        var json = Fixtures.RecordedText(Daily);
        const string Good = "\"submittedOnDailyAt\":\"2026-06-12T00:00:00.000Z\"";
        var at = json.IndexOf(Good, StringComparison.Ordinal);
        json = string.Concat(json.AsSpan(0, at), "\"submittedOnDailyAt\":\"yesterday\"", json.AsSpan(at + Good.Length));

        var result = HfDailyPapersParser.Parse(json, Fixtures.SeenAt);

        Assert.Equal(29, result.Items.Count);
        Assert.Equal(new ParseIssue("2606.00467 (item 1)", "bad date in paper.submittedOnDailyAt: 'yesterday'"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Bad_snapshot_version_date_skips_the_line()
    {
        var text = Fixtures.SyntheticText("arxiv_snapshot_lines.jsonl").Replace("Fri, 1 Jan 1999 10:00:00 GMT", "Fri, 1 Jan 99999 10:00:00 GMT", StringComparison.Ordinal);

        var result = ArxivSnapshotParser.Parse(text, Fixtures.SeenAt);

        Assert.Equal(2, result.Items.Count);
        Assert.Equal(new ParseIssue("line 3", "bad date in versions[v1].created: 'Fri, 1 Jan 99999 10:00:00 GMT'"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Bad_openalex_publication_date_skips_the_work()
    {
        var json = Fixtures.RecordedText("openalex_works_search_2026-03_attention_mechanism_5.json").Replace("\"2016-06-06\"", "\"2016-13-45\"", StringComparison.Ordinal);

        var result = OpenAlexParser.Parse(json, Fixtures.SeenAt);

        Assert.Equal(4, result.Items.Count);
        Assert.Equal(new ParseIssue("W639708223 (item 2)", "bad date in publication_date: '2016-13-45'"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Duplicate_entry_is_skipped_naming_the_first()
    {
        var text = ApiText;
        var first = text[text.IndexOf("<entry>", StringComparison.Ordinal)..(text.IndexOf("</entry>", StringComparison.Ordinal) + 8)];
        text = text.Replace("</feed>", first + "\n</feed>", StringComparison.Ordinal);

        var result = ArxivApiParser.Parse(text, Fixtures.SeenAt);

        Assert.Equal(10, result.Items.Count);
        Assert.Equal(
            new ParseIssue("http://arxiv.org/abs/2202.12139v1 (item 11)", "duplicate of http://arxiv.org/abs/2202.12139v1 (item 1) (same paper 2202.12139)"),
            Assert.Single(result.Skipped));
    }

    [Fact]
    public void Duplicate_hf_papers_and_snapshot_lines_are_skipped()
    {
        var hf = HfDailyPapersParser.Parse($"[{DailyItem(0)}, {DailyItem(1)}, {DailyItem(0)}]", Fixtures.SeenAt);
        var lines = Fixtures.SyntheticText("arxiv_snapshot_lines.jsonl").Split('\n');
        var snapshot = ArxivSnapshotParser.Parse(string.Join('\n', lines.Append(lines[1])), Fixtures.SeenAt);

        Assert.Equal(2, hf.Items.Count);
        Assert.StartsWith("duplicate of 2606.00467 (item 1)", Assert.Single(hf.Skipped).Reason, StringComparison.Ordinal);
        Assert.Equal(3, snapshot.Items.Count);
        Assert.Equal(new ParseIssue("0705.0421v2 (line 7)", "duplicate of 0705.0421v2 (line 2) (same paper 0705.0421)"), Assert.Single(snapshot.Skipped));
    }

    private static string DailyItem(int index)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(Fixtures.Recorded(Daily));
        return doc.RootElement[index].GetRawText();
    }
}
