using DigestBot.Papers;
using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

public sealed class HfDailyPapersParserTests
{
    private const string Daily = "hf_daily_papers_2026-06-12_latest_limit30.json";

    private static readonly DateTimeOffset June12 = new(2026, 6, 12, 0, 0, 0, TimeSpan.Zero);

    private static ParseResult ParseRecorded() => HfDailyPapersParser.Parse(Fixtures.Recorded(Daily), Fixtures.SeenAt);

    private static Paper PaperWithId(string id) => ParseRecorded().Items.Single(i => i.Paper.Id == id).Paper;

    [Fact]
    public void Daily_list_gives_thirty_unversioned_arxiv_papers()
    {
        var result = ParseRecorded();

        Assert.Null(result.Error);
        Assert.Empty(result.Skipped);
        Assert.Equal(30, result.Items.Count);
        Assert.Equal("2606.00467", result.Items[0].Paper.Id);
        Assert.Equal("2606.13106", result.Items[^1].Paper.Id);
        Assert.All(result.Items, i => Assert.Equal(0, i.Paper.Version));
        Assert.All(result.Items, i => Assert.Equal(June12, i.AnnouncedAt));
    }

    [Fact]
    public void Paper_keeps_upvotes_ai_summary_keywords_and_github_repo_with_stars()
    {
        var paper = PaperWithId("2606.13392");

        Assert.Equal("MiniMax Sparse Attention", paper.Title);
        var hf = Assert.IsType<HuggingFaceInfo>(paper.HuggingFace);
        Assert.Equal(103, hf.Upvotes);
        Assert.StartsWith("MiniMax Sparse Attention enables efficient processing of ultra-long contexts", hf.AiSummary, StringComparison.Ordinal);
        Assert.Equal(9, hf.AiKeywords.Count);
        Assert.Equal("sparse attention", hf.AiKeywords[0]);
        Assert.Equal("https://github.com/MiniMax-AI/MSA", hf.GithubRepo);
        Assert.Equal(251, hf.GithubStars);
        Assert.Null(hf.ProjectPage);
        Assert.Equal(June12, hf.SubmittedOnDailyAt);
        Assert.Equal(11, paper.Authors.Count);
        Assert.Equal("Xunhao Lai", paper.Authors[0].Name);
    }

    [Fact]
    public void Links_point_to_hf_arxiv_code_and_project_page()
    {
        var paper = PaperWithId("2606.10423");

        Assert.Equal("https://huggingface.co/papers/2606.10423", paper.Links.Hf);
        Assert.Equal("https://arxiv.org/abs/2606.10423", paper.Links.Abs);
        Assert.Equal("https://arxiv.org/pdf/2606.10423", paper.Links.Pdf);
        Assert.Equal("https://github.com/jayoohwang1/webchallenger", paper.Links.Code);
        Assert.Equal("https://jayoohwang1.github.io/webchallenger-site/", paper.Links.Project);
        Assert.Equal(2, paper.HuggingFace!.GithubStars);
    }

    [Fact]
    public void Missing_github_and_project_fields_read_as_null_and_zero_upvotes_stay_zero()
    {
        var paper = PaperWithId("2606.00467");

        Assert.Equal(0, paper.HuggingFace!.Upvotes);
        Assert.Null(paper.HuggingFace.GithubRepo);
        Assert.Null(paper.HuggingFace.GithubStars);
        Assert.Null(paper.Links.Code);
        Assert.Null(paper.Links.Project);
        Assert.StartsWith("Large language models exhibit limited ability to correct zero-shot errors", paper.HuggingFace.AiSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_is_the_papers_arxiv_date_not_the_shifted_top_level_one()
    {
        var paper = PaperWithId("2606.00467");

        Assert.Equal(new DateTimeOffset(2026, 5, 30, 0, 0, 0, TimeSpan.Zero), paper.Published);
        Assert.Equal([new SourceRecord("hf-daily", "2606.00467", Fixtures.SeenAt)], paper.Sources);
        Assert.Equal(Fixtures.SeenAt, paper.FirstSeen);
    }

    [Fact]
    public void Hidden_authors_are_authors()
    {
        var paper = PaperWithId("2606.12575");

        Assert.Equal(10, paper.Authors.Count);
        Assert.Equal("Dengyang Jiang", paper.Authors[3].Name);
    }

    [Theory]
    [InlineData("2606.11409", 1, "Boglárka Ecsedi")]
    [InlineData("2606.12488", 0, "Niccolò Biondi")]
    [InlineData("2606.09446", 1, "Raphaël Baena")]
    public void Non_ascii_author_names_survive(string id, int index, string name) =>
        Assert.Equal(name, PaperWithId(id).Authors[index].Name);

    [Fact]
    public void Missing_and_null_fields_are_tolerated_everywhere()
    {
        const string json = """
            [
              {"paper": {"id": "2405.00001", "title": "Bare", "authors": null, "upvotes": null, "githubRepo": null, "ai_keywords": null}},
              {"paper": {"id": "2405.00002"}, "title": "Title only on the wrapper", "summary": "Summary on the wrapper"},
              {"id": "2405.00003", "title": "Search result without a wrapper", "upvotes": "7"}
            ]
            """;

        var result = HfDailyPapersParser.Parse(json, Fixtures.SeenAt);

        Assert.Empty(result.Skipped);
        Assert.Equal(["Bare", "Title only on the wrapper", "Search result without a wrapper"], result.Items.Select(i => i.Paper.Title));
        Assert.Empty(result.Items[0].Paper.Authors);
        Assert.Null(result.Items[0].Paper.HuggingFace!.Upvotes);
        Assert.Empty(result.Items[0].Paper.HuggingFace!.AiKeywords);
        Assert.Equal("Summary on the wrapper", result.Items[1].Paper.Abstract);
        Assert.Null(result.Items[2].Paper.HuggingFace!.Upvotes);
        Assert.Null(result.Items[0].AnnouncedAt);
    }

    [Fact]
    public void Single_paper_object_from_the_papers_endpoint_is_one_item()
    {
        var result = HfDailyPapersParser.Parse("""{"id": "2606.13392", "title": "MiniMax Sparse Attention", "upvotes": 103}""", Fixtures.SeenAt);

        Assert.Equal("2606.13392", Assert.Single(result.Items).Paper.Id);
    }

    [Fact]
    public void Error_object_is_an_error()
    {
        var result = HfDailyPapersParser.Parse("""{"error": "Invalid date format"}""", Fixtures.SeenAt);

        Assert.Equal("Hugging Face error: Invalid date format", result.Error);
        Assert.Empty(result.Items);
    }
}
