using System.Text;
using DigestBot.Sources;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.PropertyBased;

/// <summary>The inputs <see cref="SourceParserProperties"/> found, shrunk, kept as plain tests.</summary>
public sealed class ParserRegressionTests
{
    [Theory]
    [InlineData("hf-daily")]
    [InlineData("openalex")]
    [InlineData("semantic-scholar")]
    public void A_json_error_quoting_a_line_break_is_still_one_line(string parser)
    {
        // Shrunk from random bytes: System.Text.Json quotes the bad literal, line break and all.
        var result = Parsers.ByText[parser]("t\n");

        Assert.True(result.Failed);
        Assert.DoesNotContain('\n', result.Error!);
        Assert.Contains("not valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arxiv-api")]
    [InlineData("arxiv-rss")]
    [InlineData("feed")]
    public void Elements_nested_thousands_deep_are_refused_as_a_document_error(string parser)
    {
        // Found as a hang (42,330 levels took 8 s and grew with the square of the depth: LINQ to XML checks each new
        // child against all its ancestors). Now a streaming pass refuses the document before any tree is built.
        var sample = Encoding.UTF8.GetString(Parsers.Sample(parser));
        var at = sample.IndexOf('<', sample.IndexOf("?>", StringComparison.Ordinal) + 1);
        var nested = sample.Insert(at, Repeat("<n>", 50_000) + Repeat("</n>", 50_000));

        var result = Parsers.ByText[parser](nested);

        Assert.True(result.Failed);
        Assert.EndsWith($"elements nest more than {XmlFeedDocument.MaxDepth} deep", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_at_the_limit_still_parses_the_items_around_it()
    {
        var sample = Encoding.UTF8.GetString(Parsers.Sample("arxiv-rss"));
        var at = sample.IndexOf("<item", StringComparison.Ordinal);
        var nested = sample.Insert(at, Repeat("<n>", XmlFeedDocument.MaxDepth - 3) + Repeat("</n>", XmlFeedDocument.MaxDepth - 3));

        var result = Parsers.ByText["arxiv-rss"](nested);

        Assert.False(result.Failed, result.Error);
        Assert.Equal(Parsers.ByText["arxiv-rss"](sample).Items.Count, result.Items.Count);
    }

    [Fact]
    public void A_snapshot_of_garbage_lines_skips_each_as_not_a_json_object()
    {
        // Found as a hang: 400,000 lines of "ab" cost one JsonException each; now a line not starting with '{' is
        // refused before the JSON reader.
        var lines = string.Concat(Enumerable.Repeat("ab\r\n", 400_000)) + Encoding.UTF8.GetString(Parsers.Sample("arxiv-snapshot"));

        var result = ArxivSnapshotParser.Parse(lines, Fixtures.SeenAt);

        Assert.Equal(400_000, result.Skipped.Count(s => s.Reason == "the line is not a JSON object"));
        Assert.Equal(Parsers.ByBytes["arxiv-snapshot"](Parsers.Sample("arxiv-snapshot")).Items.Count, result.Items.Count);
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();
}
