using DigestBot.Papers;

namespace DigestBot.Tests.Papers;

public class PaperIdTests
{
    [Theory]
    [InlineData("2412.13795", "2412.13795", null)]
    [InlineData("2412.13795v2", "2412.13795", 2)]
    [InlineData("0704.0001", "0704.0001", null)]
    [InlineData("1501.00001v12", "1501.00001", 12)]
    [InlineData("  arXiv:2412.13795v3 ", "2412.13795", 3)]
    [InlineData("ARXIV:2412.13795", "2412.13795", null)]
    [InlineData("https://arxiv.org/abs/2412.13795v1", "2412.13795", 1)]
    [InlineData("http://arxiv.org/abs/2412.13795", "2412.13795", null)]
    [InlineData("https://export.arxiv.org/abs/2412.13795", "2412.13795", null)]
    [InlineData("https://www.arxiv.org/pdf/2412.13795v2.pdf", "2412.13795", 2)]
    [InlineData("https://arxiv.org/pdf/2412.13795v2", "2412.13795", 2)]
    [InlineData("https://arxiv.org/html/2412.13795v1/", "2412.13795", 1)]
    [InlineData("oai:arXiv.org:2412.13795v1", "2412.13795", 1)]
    [InlineData("https://huggingface.co/papers/2412.13795", "2412.13795", null)]
    [InlineData("hep-th/9901001", "hep-th/9901001", null)]
    [InlineData("math.CA/0611800v2", "math/0611800", 2)]
    [InlineData("cond-mat/0412498v1", "cond-mat/0412498", 1)]
    [InlineData("arXiv:astro-ph/0601001", "astro-ph/0601001", null)]
    [InlineData("http://arxiv.org/abs/astro-ph/0601001v1", "astro-ph/0601001", 1)]
    [InlineData("oai:arXiv.org:math.CA/0611800v2", "math/0611800", 2)]
    public void Arxiv_ids_in_every_form_become_the_unversioned_key_with_their_version(string text, string key, int? version)
    {
        var id = PaperId.Parse(text);

        Assert.Equal(PaperIdKind.Arxiv, id.Kind);
        Assert.Equal(key, id.Key);
        Assert.Equal(version, id.Version);
    }

    [Theory]
    [InlineData("10.48550/arXiv.2412.13795", "2412.13795")]
    [InlineData("10.48550/arxiv.2412.13795", "2412.13795")]
    [InlineData("https://doi.org/10.48550/arXiv.2412.13795", "2412.13795")]
    [InlineData("doi:10.48550/ARXIV.hep-th/9901001", "hep-th/9901001")]
    [InlineData("https://doi.org/10.48550%2FarXiv.2412.13795", "2412.13795")]
    public void Arxiv_datacite_dois_become_arxiv_ids(string text, string key)
    {
        var id = PaperId.Parse(text);

        Assert.Equal(PaperIdKind.Arxiv, id.Kind);
        Assert.Equal(key, id.Key);
    }

    [Theory]
    [InlineData("10.1109/ICSTW55395.2022.00035")]
    [InlineData("doi:10.1109/icstw55395.2022.00035")]
    [InlineData("DOI: 10.1109/ICSTW55395.2022.00035")]
    [InlineData("https://doi.org/10.1109/ICSTW55395.2022.00035")]
    [InlineData("http://dx.doi.org/10.1109/ICSTW55395.2022.00035")]
    [InlineData("https://doi.org/10.1109%2FICSTW55395.2022.00035")]
    [InlineData("10.1109%2Ficstw55395.2022.00035")]
    public void Dois_are_case_insensitive_and_lose_prefixes_and_url_encoding(string text)
    {
        var id = PaperId.Parse(text);

        Assert.Equal(PaperIdKind.Doi, id.Kind);
        Assert.Equal("10.1109/icstw55395.2022.00035", id.Value);
        Assert.Equal("doi:10.1109/icstw55395.2022.00035", id.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("foo")]
    [InlineData("2412.1379")]
    [InlineData("2413.13795")]
    [InlineData("1412.12345")]
    [InlineData("1501.1234")]
    [InlineData("0612.0001")]
    [InlineData("hep-th/990100")]
    [InlineData("10.1109")]
    [InlineData("https://example.org/paper/1")]
    public void Things_that_are_not_paper_ids_are_refused(string text)
    {
        Assert.False(PaperId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PaperId.Parse(text));
    }

    [Fact]
    public void A_canonical_key_parses_back_to_the_same_id()
    {
        foreach (var text in new[] { "2412.13795", "math/0611800", "doi:10.1109/x.1", "src:rss:0123456789abcdef" })
        {
            Assert.Equal(text, PaperId.Parse(PaperId.Parse(text).Key).Key);
        }
    }

    [Fact]
    public void Source_keys_are_stable_for_the_same_guid_and_differ_between_guids()
    {
        var a = PaperId.FromSource("RSS", "https://journal.example/articles/1");
        var again = PaperId.FromSource("rss", " https://journal.example/articles/1 ");
        var b = PaperId.FromSource("rss", "https://journal.example/articles/2");

        Assert.Equal(PaperIdKind.Source, a.Kind);
        Assert.Equal(a, again);
        Assert.NotEqual(a.Key, b.Key);
        Assert.StartsWith("src:rss:", a.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Arxiv_ids_know_their_datacite_doi_and_other_kinds_do_not()
    {
        Assert.Equal("10.48550/arxiv.2412.13795", PaperId.Parse("2412.13795v2").ArxivDoi);
        Assert.Null(PaperId.Parse("10.1109/x.1").ArxivDoi);
        Assert.Equal("2412.13795v2", PaperId.Parse("arXiv:2412.13795v2").ToString());
        Assert.Equal("2412.13795", PaperId.Parse("arXiv:2412.13795v2").Unversioned.ToString());
    }
}
