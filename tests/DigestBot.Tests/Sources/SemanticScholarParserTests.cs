using DigestBot.Papers;
using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

public sealed class SemanticScholarParserTests
{
    private const string Search = "semantic_scholar_paper_search_2026-03_attention_mechanism_5.json";

    private static ParseResult ParseRecorded() => SemanticScholarParser.Parse(Fixtures.Recorded(Search), Fixtures.SeenAt);

    [Fact]
    public void Search_page_gives_five_papers_and_the_paging_fields()
    {
        var result = ParseRecorded();

        Assert.Null(result.Error);
        Assert.Empty(result.Skipped);
        Assert.Equal(5, result.Items.Count);
        Assert.Equal(50000, result.TotalResults);
        Assert.Equal(0, result.StartIndex);
        Assert.Equal(5, result.NextOffset);
    }

    [Fact]
    public void Arxiv_external_id_wins_over_the_doi_which_is_kept_as_alias()
    {
        var papers = ParseRecorded().Items.Select(i => i.Paper).ToList();

        Assert.Equal("1706.03762", papers[0].Id);
        Assert.Empty(papers[0].Dois);
        Assert.Equal("1506.01497", papers[1].Id);
        Assert.Equal(["10.1109/tpami.2016.2577031"], papers[1].Dois);
        Assert.Equal("2112.10752", papers[2].Id);
        Assert.Equal("https://arxiv.org/abs/2112.10752", papers[2].Links.Abs);
    }

    [Fact]
    public void Paper_without_arxiv_id_or_doi_gets_a_source_key()
    {
        var paper = ParseRecorded().Items[3].Paper;

        Assert.Equal(PaperId.FromSource("semantic-scholar", "ea9d2a2b4ce11aaf85136840c65f3bc9c03ab649").Key, paper.Id);
        Assert.Equal("Understanding the difficulty of training deep feedforward neural networks", paper.Title);
        Assert.Equal([new SourceRecord("semantic-scholar", "ea9d2a2b4ce11aaf85136840c65f3bc9c03ab649", Fixtures.SeenAt)], paper.Sources);
    }

    [Fact]
    public void Null_abstract_reads_as_empty_and_the_paper_is_kept()
    {
        var papers = ParseRecorded().Items.Select(i => i.Paper).ToList();

        Assert.Equal(string.Empty, papers[3].Abstract);
        Assert.Equal(string.Empty, papers[4].Abstract);
        Assert.StartsWith("The dominant sequence transduction models are based on complex recurrent", papers[0].Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Doi_only_paper_is_keyed_by_its_lower_cased_doi_and_repeated_authors_are_kept_once()
    {
        var paper = ParseRecorded().Items[4].Paper;

        Assert.Equal("doi:10.1111/j.1540-6261.1997.tb04820.x", paper.Id);
        Assert.Equal(["A. Shleifer", "Robert W. Vishny"], paper.Authors.Select(a => a.Name));
        Assert.Equal("http://papers.nber.org/papers/w5554.pdf", paper.Links.Pdf);
        Assert.Equal(new DateTimeOffset(1996, 4, 1, 0, 0, 0, TimeSpan.Zero), paper.Published);
    }

    [Fact]
    public void Authors_come_in_order()
    {
        var paper = ParseRecorded().Items[0].Paper;

        Assert.Equal(
            ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit", "Llion Jones", "Aidan N. Gomez", "Lukasz Kaiser", "I. Polosukhin"],
            paper.Authors.Select(a => a.Name));
        Assert.Equal(new DateTimeOffset(2017, 6, 12, 0, 0, 0, TimeSpan.Zero), paper.Published);
    }

    [Fact]
    public void Null_publication_date_falls_back_to_the_year_and_bulk_token_is_tolerated()
    {
        const string json = """{"total": 1, "token": "PCOA3RZZB2ADADAEYCX2BLJJRDEGL", "data": [{"paperId": "abc", "title": "No date", "publicationDate": null, "year": 2020, "abstract": null, "externalIds": null}]}""";

        var result = SemanticScholarParser.Parse(json, Fixtures.SeenAt);

        var paper = Assert.Single(result.Items).Paper;
        Assert.Equal(PaperDate.OfYear(2020), paper.PublishedDate);
        Assert.Equal("PCOA3RZZB2ADADAEYCX2BLJJRDEGL", result.NextCursor);
        Assert.Null(result.NextOffset);
    }

    [Fact]
    public void Rate_limit_body_is_an_error()
    {
        var result = SemanticScholarParser.Parse("""{"message": "Too Many Requests. Please wait and try again or apply for a key for higher rate limits.", "code": "429"}""", Fixtures.SeenAt);

        Assert.StartsWith("Semantic Scholar error: Too Many Requests.", result.Error, StringComparison.Ordinal);
    }
}
