using DigestBot.Commands;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// A snippet is reply markup: the abstract's own text escaped, the matched words in bold. Escaping is for what could
/// read as markup only; an ordinary hyphen stays as it is (it reaches <c>--json</c> and the terminal too).
/// </summary>
public sealed class SnippetMarkupTests : IDisposable
{
    private readonly SearchHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void A_hyphen_inside_a_line_stays_a_plain_hyphen_beside_a_highlight()
    {
        var snippet = SnippetFor("Are tool-calling LLM agents equally safe throughout a conversation?", "agents");

        Assert.Equal("Are tool-calling LLM **agents** equally safe throughout a conversation?", snippet);
    }

    [Fact]
    public void An_abstract_that_starts_like_small_print_stays_text()
    {
        var snippet = SnippetFor("-# not small print: agents with **stars** and `ticks`", "agents");

        Assert.Equal("\\-# not small print: **agents** with \\*\\*stars\\*\\* and \\`ticks\\`", snippet);
        Assert.Equal("-# not small print: agents with **stars** and `ticks`", ReplyMarkup.PlainText(snippet));
        Assert.Equal(["agents"], ReplyMarkup.Parse(snippet).Where(s => s.Kind == MarkupKind.Bold).Select(s => s.Text));
    }

    [Theory]
    [InlineData("normaliz*", "Layer **normalization** and batch **normalizing** differ; normal data stays normal.")]
    [InlineData("norm?liz*", "Layer **normalization** and batch **normalizing** differ; normal data stays normal.")]
    [InlineData("abs:batch AND ti:prun*", "Layer normalization and **batch** normalizing differ; normal data stays normal.")]
    [InlineData("stay* -ti:prun*", null)]
    [InlineData("stay* OR differ*", "Layer normalization and batch normalizing **differ**; normal data **stays** normal.")]
    public void A_wildcard_marks_the_words_of_the_abstract_it_matches_and_only_those(string query, string? snippet)
    {
        _bot.Papers.UpsertBatch([TestPapers.Arxiv("2401.00001") with { Title = "Pruning normalized layers", Abstract = "Layer normalization and batch normalizing differ; normal data stays normal." }]);

        Assert.Equal(snippet, _bot.Search(query).Hits.SingleOrDefault()?.Snippet);
    }

    private string SnippetFor(string abstractText, string query)
    {
        _bot.Papers.UpsertBatch([TestPapers.Arxiv("2401.00001") with { Abstract = abstractText }]);
        return Assert.Single(_bot.Search(query).Hits).Snippet;
    }
}
