using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Semantic;

/// <summary>
/// When the embedding model is loaded, with a model of the test's own (not the harnesses' shared one), its loads seen
/// in the log. A process that ended while the model was half loaded crashed on its way out (exit code 139, a one-shot
/// <c>search</c> answered by keywords while a load it did not need ran beside it).
/// </summary>
[Collection(SemanticModelCollection.Name)]
public sealed class ModelLoadingTests : IDisposable
{
    private const string Loaded = "Loaded the embedding model";

    private readonly TempDirectory _temp = new();
    private readonly LogLines _log = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_question_over_papers_without_vectors_is_answered_by_words_without_loading_the_model()
    {
        var model = Model();
        using (var services = Services(model))
        {
            services.GetRequiredService<PaperStore>().UpsertBatch(DailyPapersPage.Papers(SemanticHarness.Now));

            var answer = services.GetRequiredService<HybridSearch>().Search(new SearchRequest(SearchQuery.ParseSearch("making transformers deeper")), mode: null);

            Assert.Equal(SearchRetrieval.Keyword, answer.Retrieval);
            Assert.NotEmpty(answer.Hits);
        }

        model.Dispose(); // any load started meanwhile has finished and said so
        Assert.DoesNotContain(_log.Lines, l => l.Message.StartsWith(Loaded, StringComparison.Ordinal));
    }

    [Fact]
    public void Disposing_waits_for_a_load_in_the_background_and_the_model_is_not_loaded_again_after()
    {
        var model = Model();

        model.LoadInBackground();
        model.LoadInBackground();
        model.Dispose();

        Assert.Single(_log.Lines, l => l.Message.StartsWith(Loaded, StringComparison.Ordinal));
        Assert.False(model.IsLoaded);
        Assert.Throws<SemanticUnavailableException>(() => model.Embedder);
        model.LoadInBackground();
        Assert.Single(_log.Lines, l => l.Message.StartsWith(Loaded, StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_whose_files_are_not_beside_the_app_is_unavailable_with_one_line_naming_the_file_and_folder()
    {
        using var model = new SemanticModel(new LoggerFactory([_log]).CreateLogger<SemanticModel>())
        {
            Model = new EmbeddingModel("no-such-model", Pooling.Mean, string.Empty),
        };

        var e = Assert.Throws<SemanticUnavailableException>(() => model.Embedder);

        var folder = Path.Combine(AppContext.BaseDirectory, "models", "no-such-model");
        Assert.Equal($"the embedding model could not be loaded: the embedding model no-such-model is not beside digestbot (expected vocab.txt in {folder})", e.Message);
        Assert.Equal(e.Message, Assert.Throws<SemanticUnavailableException>(() => model.Embedder).Message);
        Assert.Single(_log.Lines, l => l.Level == LogLevel.Error && l.Message.Contains(folder, StringComparison.Ordinal)); // said once, not tried again
    }

    private SemanticModel Model() => new(new LoggerFactory([_log]).CreateLogger<SemanticModel>());

    private ServiceProvider Services(SemanticModel model)
    {
        var config = new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data"),
            ["DigestBot:Sources:Enabled"] = "false",
        };
        return TestApp.Services(config, o => o.Use(model)).BuildWithStorage();
    }
}
