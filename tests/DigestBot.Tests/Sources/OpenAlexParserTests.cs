using DigestBot.Papers;
using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

public sealed class OpenAlexParserTests
{
    private const string Works = "openalex_works_search_2026-03_attention_mechanism_5.json";

    private static ParseResult ParseRecorded() => OpenAlexParser.Parse(Fixtures.Recorded(Works), Fixtures.SeenAt);

    [Fact]
    public void Works_list_gives_five_papers_keyed_by_lower_cased_doi_and_the_total_count()
    {
        var result = ParseRecorded();

        Assert.Null(result.Error);
        Assert.Empty(result.Skipped);
        Assert.Equal(246164, result.TotalResults);
        Assert.Equal(0, result.StartIndex);
        Assert.Equal(
            ["doi:10.1007/s41095-022-0271-y", "doi:10.1109/tpami.2016.2577031", "doi:10.1037/h0032198", "doi:10.1109/tkde.2021.3126456", "doi:10.1021/acs.jmedchem.9b00959"],
            result.Items.Select(i => i.Paper.Id));
        Assert.Equal(["10.1109/tpami.2016.2577031"], result.Items[1].Paper.Dois);
    }

    [Fact]
    public void Abstract_is_rebuilt_from_the_inverted_index_in_reading_order()
    {
        var paper = ParseRecorded().Items[0].Paper;

        Assert.Equal("Attention mechanisms in computer vision: A survey", paper.Title);
        Assert.StartsWith("Humans can naturally and effectively find salient regions in complex", paper.Abstract, StringComparison.Ordinal);
        Assert.EndsWith("for attention mechanism research.", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(133, paper.Abstract.Split(' ').Length);
    }

    [Theory]
    [InlineData(1, 206, "State-of-the-art object detection networks depend on region proposal algorithms")]
    [InlineData(2, 230, "Three experiments investigated attentional and cognitive mechanisms in delay of")]
    [InlineData(3, 100, "Attention is an important mechanism that can be employed for")]
    [InlineData(4, 148, "Hunting for chemicals with favorable pharmacological, toxicological, and pharmacokinetic properties")]
    public void Every_recorded_abstract_rebuilds_to_its_word_count(int index, int words, string start)
    {
        var paper = ParseRecorded().Items[index].Paper;

        Assert.StartsWith(start, paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(words, paper.Abstract.Split(' ').Length);
    }

    [Fact]
    public void Authorships_become_authors_with_institutions_as_affiliations()
    {
        var papers = ParseRecorded().Items.Select(i => i.Paper).ToList();

        Assert.Equal(("Meng-Hao Guo", "Tsinghua University"), (papers[0].Authors[0].Name, Assert.Single(papers[0].Authors[0].Affiliations)));
        Assert.Equal(["Microsoft Research Asia (China)", "Microsoft (United States)"], papers[1].Authors[1].Affiliations);
        Assert.Equal("Flavius Frăsincar", papers[3].Authors[1].Name);
        Assert.Equal("Ebbe Β. Ebbesen", papers[2].Authors[1].Name);
        Assert.Empty(papers[2].Authors[1].Affiliations);
    }

    [Fact]
    public void Publication_date_doi_link_and_source_record_are_kept()
    {
        var paper = ParseRecorded().Items[0].Paper;

        Assert.Equal(new DateTimeOffset(2022, 3, 15, 0, 0, 0, TimeSpan.Zero), paper.Published);
        Assert.Equal("https://doi.org/10.1007/s41095-022-0271-y", paper.Links.Abs);
        Assert.Equal([new SourceRecord("openalex", "W3212386989", Fixtures.SeenAt)], paper.Sources);
        Assert.Equal(0, paper.Version);
    }

    [Fact]
    public void Arxiv_datacite_doi_makes_an_arxiv_paper()
    {
        const string json = """
            {"meta": {"count": 1}, "results": [
              {"id": "https://openalex.org/W1", "doi": "https://doi.org/10.48550/arxiv.2106.15928", "title": "A preprint",
               "abstract_inverted_index": null, "publication_date": "2021-06-30"}
            ]}
            """;

        var paper = Assert.Single(OpenAlexParser.Parse(json, Fixtures.SeenAt).Items).Paper;

        Assert.Equal("2106.15928", paper.Id);
        Assert.Empty(paper.Dois);
        Assert.Equal(string.Empty, paper.Abstract);
        Assert.Equal("https://arxiv.org/abs/2106.15928", paper.Links.Abs);
    }

    [Fact]
    public void Arxiv_location_makes_an_arxiv_paper_and_keeps_the_journal_doi_as_alias()
    {
        const string json = """
            {"meta": {"count": 1, "next_cursor": "IlsxNjA5"}, "results": [
              {"id": "https://openalex.org/W2", "doi": "https://doi.org/10.1109/TPAMI.2016.2577031", "title": "Faster R-CNN",
               "locations": [
                 {"landing_page_url": "https://doi.org/10.1109/tpami.2016.2577031", "pdf_url": null},
                 {"landing_page_url": "https://arxiv.org/abs/1506.01497", "pdf_url": "https://arxiv.org/pdf/1506.01497v3"}
               ]}
            ]}
            """;

        var result = OpenAlexParser.Parse(json, Fixtures.SeenAt);

        var paper = Assert.Single(result.Items).Paper;
        Assert.Equal("1506.01497", paper.Id);
        Assert.Equal(["10.1109/tpami.2016.2577031"], paper.Dois);
        Assert.Equal("IlsxNjA5", result.NextCursor);
    }

    [Fact]
    public void Work_with_neither_doi_nor_arxiv_location_is_keyed_by_its_openalex_id()
    {
        var paper = Assert.Single(OpenAlexParser.Parse("""{"results": [{"id": "https://openalex.org/W9", "title": "Orphan"}]}""", Fixtures.SeenAt).Items).Paper;

        Assert.Equal(PaperId.FromSource("openalex", "W9").Key, paper.Id);
    }

    [Fact]
    public void Error_body_is_an_error()
    {
        var result = OpenAlexParser.Parse("""{"error": "Invalid query parameters error.", "message": "per_page must be between 1 and 200"}""", Fixtures.SeenAt);

        Assert.Equal("OpenAlex error: Invalid query parameters error.", result.Error);
    }
}
