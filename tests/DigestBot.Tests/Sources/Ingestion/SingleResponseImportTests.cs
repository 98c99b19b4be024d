using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary>
/// Single-paper responses (Semantic Scholar <c>GET /paper/{id}</c>, OpenAlex <c>GET /works/W…</c>) and Semantic
/// Scholar recommendation lists import like the search lists they are elements of.
/// </summary>
public sealed class SingleResponseImportTests : IDisposable
{
    private const string S2Paper = "semantic_scholar_paper_2026-03_ARXIV-1706.03762.json";
    private const string S2Recommendations = "semantic_scholar_recommendations_2026-03_forpaper_1706.03762_5.json";
    private const string OpenAlexWork = "openalex_work_2026-02_W2741809807.json";

    private readonly SourcesHarness _bot = new(Fixtures.SeenAt);

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData(S2Paper, SourceFormat.SemanticScholar)]
    [InlineData(S2Recommendations, SourceFormat.SemanticScholar)]
    [InlineData(OpenAlexWork, SourceFormat.OpenAlex)]
    public void A_single_response_is_recognised_by_its_content(string file, SourceFormat format)
    {
        Assert.Equal(format, SourceFormats.Detect(Fixtures.Recorded(file)));
    }

    [Fact]
    public void A_semantic_scholar_single_paper_reads_as_the_same_paper_its_search_list_holds()
    {
        var single = SemanticScholarParser.Parse(Fixtures.Recorded(S2Paper), Fixtures.SeenAt);
        var listed = SemanticScholarParser.Parse(Fixtures.Recorded("semantic_scholar_paper_search_2026-03_attention_mechanism_5.json"), Fixtures.SeenAt);

        Assert.Null(single.Error);
        var paper = Assert.Single(single.Items).Paper;
        Assert.Equal("1706.03762", paper.Id);
        Assert.Equal(JsonOutput.Serialize(listed.Items[0].Paper), JsonOutput.Serialize(paper));
    }

    [Fact]
    public void A_recommendations_list_gives_its_five_papers()
    {
        var result = SemanticScholarParser.Parse(Fixtures.Recorded(S2Recommendations), Fixtures.SeenAt);

        Assert.Null(result.Error);
        Assert.Equal(
            ["Transformer++", "Parallel Attention Mechanisms in Neural Machine Translation", "Syntax-Based Attention Masking for Neural Machine Translation",
             "We start by defining the recurrent architecture as implemented in S OCKEYE , following", "Recurrent Attention for Neural Machine Translation"],
            result.Items.Select(i => i.Paper.Title));
        Assert.Equal(PaperDate.OfYear(2018), result.Items[3].Paper.PublishedDate);
    }

    [Fact]
    public void An_openalex_single_work_reads_with_its_doi_authors_and_date()
    {
        var result = OpenAlexParser.Parse(Fixtures.Recorded(OpenAlexWork), Fixtures.SeenAt);

        Assert.Null(result.Error);
        var paper = Assert.Single(result.Items).Paper;
        Assert.Equal("doi:10.7717/peerj.4375", paper.Id);
        Assert.Equal("The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles", paper.Title);
        Assert.Equal(9, paper.Authors.Count);
        Assert.Equal("Heather Piwowar", paper.Authors[0].Name);
        Assert.Equal(PaperDate.Day(new DateTimeOffset(2018, 2, 13, 0, 0, 0, TimeSpan.Zero)), paper.PublishedDate);
        Assert.Equal([new SourceRecord("openalex", "W2741809807", Fixtures.SeenAt)], paper.Sources);
    }

    [Theory]
    [InlineData(S2Paper, 1)]
    [InlineData(S2Recommendations, 5)]
    [InlineData(OpenAlexWork, 1)]
    public async Task Import_stores_a_single_response_it_used_to_refuse(string file, int papers)
    {
        var report = await _bot.Get<ImportService>().ImportAsync(Fixtures.RecordedPath(file), SourceFormat.Auto, notify: false, new Progress<string>(), CancellationToken.None);

        Assert.Null(report.Error);
        Assert.Equal(papers, report.Counts.New);
        Assert.Equal(papers, _bot.Papers.Count());
    }

    [Fact]
    public void A_json_object_that_is_neither_a_list_nor_a_paper_is_still_refused_with_one_line()
    {
        var result = SemanticScholarParser.Parse("{\"title\": \"no id here\"}", Fixtures.SeenAt);

        Assert.Equal("not a Semantic Scholar paper list: no data array and no paperId", result.Error);
    }
}
