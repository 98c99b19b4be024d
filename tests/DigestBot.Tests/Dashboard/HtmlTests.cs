using DigestBot.Commands;
using DigestBot.Dashboard;

namespace DigestBot.Tests.Dashboard;

/// <summary>The pages' one way to make markup: data is encoded wherever it goes, fragments are kept.</summary>
public sealed class HtmlTests
{
    [Fact]
    public void Interpolated_text_is_encoded_and_fragments_and_lists_of_fragments_are_kept()
    {
        var title = "<script>alert(1)</script> & \"quotes\"";
        List<Html> items = [Html.Of($"<li>{title}</li>"), Html.Of($"<li>{2.5}</li>")];

        var page = Html.Of($"<h1 title=\"{title}\">{title}</h1><ul>{items}</ul>").Value;

        Assert.Equal(
            "<h1 title=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</h1>"
            + "<ul><li>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</li><li>2.5</li></ul>",
            page);
    }

    [Fact]
    public void Reply_links_go_only_to_http_addresses_or_the_dashboard()
    {
        var card = new Card("A paper") { Url = "javascript:alert(1)", Description = "[click](javascript:alert(1)) and [arXiv](https://arxiv.org/abs/1706.03762)" };

        var html = ReplyHtml.Card(card).Value;

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://arxiv.org/abs/1706.03762\">arXiv</a>", html, StringComparison.Ordinal);
    }
}
