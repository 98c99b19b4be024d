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

    private string SnippetFor(string abstractText, string query)
    {
        _bot.Papers.UpsertBatch([TestPapers.Arxiv("2401.00001") with { Abstract = abstractText }]);
        return Assert.Single(_bot.Search(query).Hits).Snippet;
    }
}
