using System.Globalization;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Semantic;

/// <summary>
/// An import run on its own (no bot, so no background embedding) makes the vectors of the few papers it stored, so the
/// question typed next is answered by meaning too; a large one, or one inside a bot, leaves them to the background.
/// A question answered by words alone while semantic search is on says why.
/// </summary>
[Collection(SemanticModelCollection.Name)]
public sealed class ImportEmbeddingTests : IDisposable
{
    // 30 real Hugging Face daily papers (June 2026: inside the one-year window of the harness's clock).
    private const string DailyPapers = "hf_daily_papers_2026-06-12_latest_limit30.json";
    // 10 real arXiv API entries of 2016: older than the default one-year window.
    private const string OldPapers = "arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml";
    private const string Question = "how do llm agents remember things over long conversations";

    private readonly List<SemanticHarness> _bots = [];
    private readonly List<string> _progress = [];

    public void Dispose() => _bots.ForEach(b => b.Dispose());

    [Fact]
    public async Task A_small_import_run_on_its_own_embeds_its_papers_so_the_next_question_is_answered_by_meaning()
    {
        var bot = Bot();

        var reply = await ImportAsync(bot);
        var answer = Ask(bot, Question);

        Assert.Equal("imported 30 new, 0 updated, 0 unchanged, 0 skipped", reply.Text); // the result line is as before
        Assert.Equal(30, bot.Get<SemanticIndex>().Count);
        Assert.Equal(0, bot.Get<EmbeddingQueue>().Count);
        Assert.Matches(@"^search by meaning: embedded 30 papers \(\d+\.\d s\); 30 have vectors$", Assert.Single(_progress));
        Assert.Equal(SearchRetrieval.Hybrid, answer.Retrieval);
        Assert.Contains("ranked by words and meaning, vectors for all 30 papers", SearchReplies.Summary(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_that_changes_nothing_embeds_nothing_and_says_nothing()
    {
        var bot = Bot();
        await ImportAsync(bot);
        _progress.Clear();
        var texts = SemanticHarness.EmbeddedTexts;

        var again = await ImportAsync(bot);

        Assert.Equal("imported 0 new, 0 updated, 30 unchanged, 0 skipped", again.Text);
        Assert.Empty(_progress);
        Assert.Equal(texts, SemanticHarness.EmbeddedTexts);
    }

    [Fact]
    public async Task An_import_inside_a_running_bot_leaves_the_vectors_to_its_background_embedding()
    {
        var bot = Bot();
        bot.Get<EmbeddingService>().InBackground = true;

        await ImportAsync(bot);

        Assert.Equal(0, bot.Get<SemanticIndex>().Count);
        Assert.Equal(30, bot.Get<EmbeddingQueue>().Count); // still queued, for the background
        Assert.Empty(_progress);
    }

    [Fact]
    public void More_papers_than_an_import_embeds_itself_are_left_to_the_bot_or_to_embed_and_it_says_so()
    {
        var bot = Bot();
        var count = ImportEmbedding.MostAtOnce + 1;
        var mark = bot.Get<ImportEmbedding>().Mark();
        bot.Get<PaperStore>().UpsertBatch([.. Enumerable.Range(1, count).Select(i => TestPapers.Arxiv(string.Create(CultureInfo.InvariantCulture, $"2412.{i:D5}")))]);

        bot.Get<ImportEmbedding>().AfterImport(mark, new Recorder(_progress), CancellationToken.None);

        Assert.Equal(0, bot.Get<SemanticIndex>().Count);
        Assert.Equal(count, bot.Get<EmbeddingQueue>().Count);
        Assert.Equal(
            "search by meaning: 501 papers have no vector yet; a running bot makes them in the background, or run embed to make them now",
            Assert.Single(_progress));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_import_of_papers_older_than_the_window_says_that_only_embed_all_makes_their_vectors(bool inBot)
    {
        var bot = Bot();
        bot.Get<EmbeddingService>().InBackground = inBot; // a bot's background would not embed them either

        var reply = await ImportAsync(bot, OldPapers);

        Assert.Equal("imported 10 new, 0 updated, 0 unchanged, 0 skipped", reply.Text);
        Assert.Equal(
            "search by meaning: 10 of the imported papers are older than Semantic:Since (1y), so no vector is made for them in the background; embed --all makes them",
            Assert.Single(_progress));
        Assert.Equal(0, bot.Get<EmbeddingQueue>().Count);

        _progress.Clear();
        await ImportAsync(bot, OldPapers);
        Assert.Empty(_progress); // unchanged papers are not counted again
    }

    [Fact]
    public async Task Old_and_recent_papers_in_one_import_get_both_lines()
    {
        var bot = Bot();

        var reply = await ImportAsync(bot, OldPapers, DailyPapers);

        Assert.Equal("imported 40 new, 0 updated, 0 unchanged, 0 skipped", reply.Text);
        Assert.Contains("search by meaning: 10 of the imported papers are older than Semantic:Since (1y), so no vector is made for them in the background; embed --all makes them", _progress);
        Assert.Contains(_progress, l => l.StartsWith("search by meaning: embedded 30 papers (", StringComparison.Ordinal));
        Assert.Equal(30, bot.Get<SemanticIndex>().Count);
    }

    [Fact]
    public async Task With_every_paper_in_the_window_nothing_is_said_about_older_papers()
    {
        var bot = Bot(("DigestBot:Semantic:Since", "all"));

        await ImportAsync(bot, OldPapers);

        Assert.Matches(@"^search by meaning: embedded 10 papers \(\d+\.\d s\); 10 have vectors$", Assert.Single(_progress));
    }

    [Fact]
    public void A_question_answered_by_words_alone_because_no_paper_has_a_vector_says_so()
    {
        var bot = Bot();
        bot.Get<PaperStore>().UpsertBatch([TestPapers.Arxiv("2412.00001"), TestPapers.Arxiv("2412.00002")]);

        var summary = SearchReplies.Summary(Ask(bot, "abstract of papers"));

        Assert.Equal("2 papers match “abstract of papers” (by words only, as no paper has a vector yet); showing 1–2:", summary);
    }

    [Fact]
    public void With_semantic_search_off_a_question_answered_by_words_does_not_mention_vectors()
    {
        var bot = Bot(("DigestBot:Semantic:Enabled", "false"));
        bot.Get<PaperStore>().UpsertBatch([TestPapers.Arxiv("2412.00001"), TestPapers.Arxiv("2412.00002")]);

        var summary = SearchReplies.Summary(Ask(bot, "abstract of papers"));

        Assert.Equal("2 papers match “abstract of papers”; showing 1–2:", summary);
    }

    private SemanticHarness Bot(params (string Key, string Value)[] settings)
    {
        var bot = new SemanticHarness(seeded: false, settings);
        _bots.Add(bot);
        return bot;
    }

    private Task<Reply> ImportAsync(SemanticHarness bot, params string[] fixtures) =>
        bot.Get<CommandDispatcher>().DispatchAsync(
            "import",
            new Dictionary<string, object> { ["inputs"] = (fixtures.Length == 0 ? [DailyPapers] : fixtures).Select(Fixtures.RecordedPath).ToArray() },
            CommandOrigin.Cli,
            CancellationToken.None,
            new Recorder(_progress));

    private static SearchResults Ask(SemanticHarness bot, string text) =>
        bot.Get<HybridSearch>().Search(new SearchRequest(SearchQuery.ParseSearch(text)) { Limit = 10 }, mode: null);

    private sealed class Recorder(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
