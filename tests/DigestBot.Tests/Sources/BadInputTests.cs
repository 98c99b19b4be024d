using System.Text;
using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

/// <summary>The "bad input" rules of issue 3 that every parser shares: never throw, say why, keep the good part.</summary>
public sealed class BadInputTests
{
    private const string HtmlErrorPage = """
        <!DOCTYPE html>
        <html><head><title>503 Service Temporarily Unavailable</title></head>
        <body><h1>Service Temporarily Unavailable</h1><p>Try again later.</p></body></html>
        """;

    public static TheoryData<string> AllParsers => Parsers.Names();

    public static TheoryData<string> DocumentParsers => Parsers.DocumentNames();

    [Theory]
    [MemberData(nameof(AllParsers))]
    public void Html_error_page_is_an_error_naming_the_page_title(string parser)
    {
        var result = Parsers.ByBytes[parser](Encoding.UTF8.GetBytes(HtmlErrorPage));

        Assert.Empty(result.Items);
        if (parser == "arxiv-snapshot")
        {
            // Line by line, each HTML line is a skipped line, and none is a paper.
            Assert.All(result.Skipped, s => Assert.Contains("not", s.Reason, StringComparison.Ordinal));
            return;
        }

        Assert.Contains("HTML page", result.Error, StringComparison.Ordinal);
        Assert.Contains("503 Service Temporarily Unavailable", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DocumentParsers))]
    public void Empty_body_is_an_error(string parser)
    {
        var result = Parsers.ByBytes[parser]([]);

        Assert.Equal("the document is empty", result.Error);
        Assert.Empty(result.Items);
    }

    [Theory]
    [MemberData(nameof(DocumentParsers))]
    public void Plain_text_body_is_an_error_not_an_exception(string parser)
    {
        var result = Parsers.ByText[parser]("Rate exceeded.");

        Assert.NotNull(result.Error);
        Assert.StartsWith("not ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Items);
    }

    [Theory]
    [MemberData(nameof(AllParsers))]
    public void Random_bytes_never_throw(string parser)
    {
        var random = new Random(42);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);

            var result = Parsers.ByBytes[parser](bytes);

            Assert.Empty(result.Items);
            Assert.True(result.Failed || parser == "arxiv-snapshot", $"no error for {bytes.Length} random bytes");
        }
    }

    [Theory]
    [MemberData(nameof(AllParsers))]
    public void Every_prefix_of_a_good_document_parses_without_throwing_and_keeps_only_complete_items(string parser)
    {
        var bytes = Parsers.Sample(parser);
        var full = Parsers.ByBytes[parser](bytes).Items.Select(i => i.Paper.Id).ToList();

        for (var cut = 0; cut < bytes.Length; cut += Math.Max(1, bytes.Length / 97))
        {
            var result = Parsers.ByBytes[parser](bytes[..cut]);

            // What survives a cut is a prefix of what the whole document gives, never an invented paper.
            var ids = result.Items.Select(i => i.Paper.Id).ToList();
            Assert.Equal(full.Take(ids.Count), ids);
            Assert.True(result.Items.Count == 0 || result.Error is null);
        }
    }

    [Fact]
    public void Truncated_arxiv_feed_keeps_the_entries_before_the_cut_and_says_where_it_broke()
    {
        var text = Fixtures.RecordedText("arxiv_api_2026-04_search_all-testing_10_entries.xml");
        var cut = NthIndexOf(text, "</entry>", 4) + "</entry>".Length + 40;

        var result = ArxivApiParser.Parse(text[..cut], Fixtures.SeenAt);

        Assert.Null(result.Error);
        Assert.Equal(["2202.12139", "2405.13786", "2005.14124", "2204.08348"], result.Items.Select(i => i.Paper.Id));
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("document", skipped.Item);
        Assert.Contains("cut off or malformed", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(214881, result.TotalResults);
    }

    [Fact]
    public void Feed_truncated_before_any_complete_entry_is_an_error()
    {
        var text = Fixtures.RecordedText("arxiv_api_2026-04_search_all-testing_10_entries.xml");

        var result = ArxivApiParser.Parse(text[..(text.IndexOf("</entry>", StringComparison.Ordinal) - 10)], Fixtures.SeenAt);

        Assert.Empty(result.Items);
        Assert.Contains("cut off or malformed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_hf_json_keeps_the_papers_before_the_cut()
    {
        var text = Fixtures.RecordedText("hf_daily_papers_2026-06-12_latest_limit30.json");
        var cut = text.IndexOf("\"2606.11096\"", StringComparison.Ordinal);

        var result = HfDailyPapersParser.Parse(text[..cut], Fixtures.SeenAt);

        Assert.Null(result.Error);
        Assert.Equal(19, result.Items.Count);
        Assert.Equal("2606.12282", result.Items[^1].Paper.Id);
        Assert.Contains(result.Skipped, s => s.Item == "document" && s.Reason.Contains("cut off or malformed", StringComparison.Ordinal));
    }

    [Fact]
    public void Truncated_snapshot_line_is_skipped_and_the_next_line_still_read()
    {
        var lines = Fixtures.SyntheticText("arxiv_snapshot_lines.jsonl").Split('\n');
        lines[1] = lines[1][..200];

        var result = ArxivSnapshotParser.Parse(string.Join('\n', lines), Fixtures.SeenAt);

        Assert.Equal(["hep-th/9901001", "2310.01234"], result.Items.Select(i => i.Paper.Id));
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("line 2", skipped.Item);
        Assert.StartsWith("the line is not valid JSON", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_stream_is_an_error_not_an_exception()
    {
        using var closed = new MemoryStream([1, 2, 3]);
        closed.Dispose();

        var result = ArxivApiParser.Parse(closed, Fixtures.SeenAt);

        Assert.StartsWith("could not read the document (ObjectDisposedException", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dtd_entities_are_not_expanded()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><item><title>&b;</title><guid>https://doi.org/10.5555/x.1</guid></item></channel></rss>
            """;

        var result = FeedParser.Parse(bomb, "rss:bomb", Fixtures.SeenAt);

        Assert.Empty(result.Items);
        Assert.StartsWith("the XML is cut off or malformed at line 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("undeclared entity", result.Error, StringComparison.Ordinal);
    }

    private static int NthIndexOf(string text, string value, int n)
    {
        var index = -1;
        for (var i = 0; i < n; i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
        }

        return index;
    }
}
