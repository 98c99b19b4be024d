using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

public sealed class TextHelpersTests
{
    [Theory]
    [InlineData("Michael Cooper, Samuel Cooper", "Michael Cooper|Samuel Cooper")]
    [InlineData("A. Author (MIT, Harvard), B. Author", "A. Author[MIT;Harvard]|B. Author")]
    [InlineData("Robert Smith Jr. (CERN), Ana Lima", "Robert Smith Jr.[CERN]|Ana Lima")]
    [InlineData("H1 and ZEUS Collaborations", "H1 and ZEUS Collaborations")]
    [InlineData("Nested (Dept. of X (Y), Univ. Z), Next", "Nested[Dept. of X (Y);Univ. Z]|Next")]
    public void Arxiv_creator_string_splits_on_commas_outside_parentheses_only(string creators, string expected) =>
        Assert.Equal(expected, Render(CreatorList.Parse(creators, CreatorList.ArxivSeparators)));

    [Theory]
    [InlineData("Ana Souza, Bo Li and Carla Rossi", "Ana Souza|Bo Li|Carla Rossi")]
    [InlineData("Ana Souza; Bo Li", "Ana Souza|Bo Li")]
    [InlineData("Smith, J., Jones, K. L.", "J. Smith|K. L. Jones")]
    public void Journal_creator_string_also_splits_on_semicolons_and_a_final_and(string creators, string expected) =>
        Assert.Equal(expected, Render(CreatorList.Parse(creators, CreatorList.FeedSeparators)));

    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One Two")]
    [InlineData("CO<sub>2</sub> &amp; <i>E. coli</i>", "CO2 & E. coli")]
    [InlineData("a < b and c > d", "a < b and c > d")]
    [InlineData("<script>alert(1)</script>Text<br/>more", "Text more")]
    [InlineData("plain   text\n  wrapped", "plain text wrapped")]
    public void Html_is_reduced_to_plain_text(string html, string text) =>
        Assert.Equal(text, HtmlText.ToPlain(html));

    [Theory]
    [InlineData("https://doi.org/10.1016/j.neunet.2026.106001", "doi:10.1016/j.neunet.2026.106001")]
    [InlineData("https://link.example.com/article/10.1007/s10994-026-06500-2?utm_source=rss", "doi:10.1007/s10994-026-06500-2")]
    [InlineData("doi:10.1038/S42256-026-01001-1", "doi:10.1038/s42256-026-01001-1")]
    [InlineData("see 10.1016/S0140-6736(20)30183-5.", "doi:10.1016/s0140-6736(20)30183-5")]
    [InlineData("(10.1000/xyz)", "doi:10.1000/xyz")]
    [InlineData("https://doi.org/10.48550/arXiv.2106.15928", "2106.15928")]
    [InlineData("https://example.org/post/10", null)]
    public void Dois_are_found_inside_urls_and_text(string text, string? key) =>
        Assert.Equal(key, DoiText.Find(text)?.Key);

    [Fact]
    public void Only_marked_dois_count_in_prose()
    {
        Assert.Null(DoiText.FindMarked("as shown in 10.1000/cited.elsewhere"));
        Assert.Equal("doi:10.9999/tops.77", DoiText.FindMarked("<a href=\"https://doi.org/10.9999/tops.77\">link</a>")?.Key);
    }

    [Fact]
    public void Doi_lists_split_on_whitespace_lower_case_and_drop_arxivs_own()
    {
        Assert.Equal(["10.1103/a.1", "10.1145/b"], DoiText.ParseList(["10.1103/A.1  10.1145/b\n10.48550/arXiv.2310.01234", null, "10.1103/a.1", "not-a-doi"]));
    }

    [Theory]
    [InlineData("  two  spaces\n  and\ttabs ", "two spaces and tabs")]
    [InlineData("already clean", "already clean")]
    [InlineData("0", "0")]
    [InlineData("   ", "")]
    public void Whitespace_runs_collapse_to_one_space(string text, string expected) =>
        Assert.Equal(expected, SourceText.Collapse(text));

    private static string Render(IEnumerable<DigestBot.Papers.Author> authors) =>
        string.Join('|', authors.Select(a => a.Affiliations.Count == 0 ? a.Name : $"{a.Name}[{string.Join(';', a.Affiliations)}]"));
}
