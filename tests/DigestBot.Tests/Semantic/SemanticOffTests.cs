using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Status;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Semantic;

/// <summary>With <c>DigestBot:Semantic:Enabled</c> false nothing loads the model, and whatever asked for meaning says why it cannot.</summary>
public sealed class SemanticOffTests : IDisposable
{
    private readonly SemanticHarness _bot = new(seeded: false, ("DigestBot:Semantic:Enabled", "false"));

    public SemanticOffTests() => _bot.Get<PaperStore>().UpsertBatch(DailyPapersPage.Papers(SemanticHarness.Now));

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void Questions_are_answered_by_words_and_an_explicit_mode_says_why_not_by_meaning()
    {
        var search = _bot.Get<HybridSearch>();
        var request = new SearchRequest(SearchQuery.ParseSearch("making transformers deeper"));

        var answered = search.Search(request, mode: null);
        var refused = Assert.Throws<CommandInputException>(() => search.Search(request, SearchRetrieval.Hybrid));

        Assert.Equal(SearchRetrieval.Keyword, answered.Retrieval);
        Assert.NotEmpty(answered.Hits);
        Assert.Equal("--mode hybrid: semantic search is off (DigestBot:Semantic:Enabled is false)", refused.Message);
        Assert.Equal(0, _bot.Get<SemanticIndex>().Count);
    }

    [Fact]
    public void A_question_of_names_says_nothing_of_meaning_when_semantic_search_is_off()
    {
        _bot.Get<PaperStore>().UpsertBatch([.. DigestBot.Sources.HfDailyPapersParser.Parse(
            DigestBot.Tests.Sources.Fixtures.Recorded("hf_daily_papers_2026-06-12_latest_limit30.json"), DigestBot.Tests.Sources.Fixtures.SeenAt).Items.Select(i => i.Paper)]);

        var answered = _bot.Get<HybridSearch>().Search(new SearchRequest(SearchQuery.ParseSearch("Halder")), mode: null);

        Assert.Equal("2606.13572", Assert.Single(answered.Hits).Id);
        Assert.Null(answered.WordsOnly);
    }

    [Fact]
    public async Task Similar_falls_back_to_shared_words_and_says_so()
    {
        var reply = await _bot.RunAsync<SimilarCommand>(SimilarCommand.Definition, ("id", DailyPapersPage.Id(65)));

        Assert.StartsWith("Papers like 2501.90065 (HAWQ", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("sharing its most distinctive words:", reply.Text, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Cards);

        var two = await _bot.RunAsync<SimilarCommand>(SimilarCommand.Definition, ("id", DailyPapersPage.Id(65)), ("limit", 2L));
        Assert.Equal(2, two.Cards.Count);
        Assert.Equal(reply.Cards.Take(2).Select(c => c.Title), two.Cards.Select(c => c.Title));
    }

    [Fact]
    public async Task Similar_names_a_paper_whose_title_carries_tex_by_its_readable_title()
    {
        _bot.Get<PaperStore>().UpsertBatch(TexPapers.All(SemanticHarness.Now));

        var reply = await _bot.RunAsync<SimilarCommand>(SimilarCommand.Definition, ("id", TexPapers.Planning));

        Assert.Equal($"Papers like {TexPapers.Planning} ({TexPapers.PlanningTitleReadable}), sharing its most distinctive words:", reply.Text);
        Assert.NotEmpty(reply.Cards);
    }

    [Fact]
    public async Task Semantic_watches_are_refused_and_status_says_semantic_search_is_off()
    {
        var refused = Assert.Throws<CommandInputException>(() => _bot.Get<WatchStore>().Add(0, 7, "about:\"low-bit quantization\"", null, 1));
        var status = await _bot.RunAsync<StatusCommand>(StatusCommand.Definition);

        Assert.Equal("watch: about: matches by meaning, and semantic search is off (DigestBot:Semantic:Enabled is false)", refused.Message);
        Assert.Equal("off (DigestBot:Semantic:Enabled is false)", Assert.Single(status.Cards[0].Fields, f => f.Name == "Semantic").Value);
    }
}
