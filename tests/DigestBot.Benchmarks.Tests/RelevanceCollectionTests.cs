using DigestBot.Benchmarks.Relevance;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks.Tests;

/// <summary>
/// The relevance scenario's readers and metric, on tiny collections written here in each layout (the format, not
/// real judgments: a public collection is given with --relevance and kept outside the repository).
/// </summary>
public sealed class RelevanceCollectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("digestbot-relevance-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Cranfield_questions_are_numbered_in_file_order_and_codes_become_gains()
    {
        File.WriteAllText(Path.Combine(_folder, "cran.all.1400"), ".I 1\n.T\nwing flutter\n.A\nsmith\n.B\nj. ae. 1958\n.W\nwing flutter\nat high speed .\n.I 2\n.T\nshear flow\n.W\nshear flow past a plate .\n");
        File.WriteAllText(Path.Combine(_folder, "cran.qry"), ".I 001\n.W\nwhat causes wing flutter -dash at speed .\n.I 004\n.W\nshear flow .\n");
        File.WriteAllText(Path.Combine(_folder, "cranqrel"), "1 1 1 \n1 2 4\n2 2 2\n2 1 -1\n");

        var collection = RelevanceCollection.Load(_folder);

        Assert.Equal(["1", "2"], collection.Documents.Select(d => d.Id));
        Assert.Equal("wing flutter", collection.Documents[0].Title);
        Assert.Equal("wing flutter at high speed .", collection.Documents[0].Text);
        Assert.Equal(["1", "2"], collection.Questions.Select(q => q.Id));
        Assert.Equal("what causes wing flutter — at speed .", collection.Questions[0].Text);
        Assert.Equal(4, collection.Gains["1"]["1"]);
        Assert.Equal(1, collection.Gains["1"]["2"]);
        Assert.Equal(0, collection.Gains["2"]["1"]);
    }

    [Fact]
    public void Beir_folders_read_corpus_queries_and_test_judgments_keeping_judged_questions_only()
    {
        File.WriteAllLines(Path.Combine(_folder, "corpus.jsonl"), ["{\"_id\":\"d1\",\"title\":\"Masks\",\"text\":\"N95 masks filter aerosols.\"}", "{\"_id\":\"d2\",\"title\":\"\",\"text\":\"Hand washing.\"}"]);
        File.WriteAllLines(Path.Combine(_folder, "queries.jsonl"), ["{\"_id\":\"1\",\"text\":\"what are the best masks?\"}", "{\"_id\":\"2\",\"text\":\"unjudged question\"}"]);
        Directory.CreateDirectory(Path.Combine(_folder, "qrels"));
        File.WriteAllLines(Path.Combine(_folder, "qrels", "test.tsv"), ["query-id\tcorpus-id\tscore", "1\td1\t2", "1\td2\t0"]);

        var collection = RelevanceCollection.Load(_folder);

        Assert.Equal(["d1", "d2"], collection.Documents.Select(d => d.Id));
        Assert.Equal("what are the best masks?", Assert.Single(collection.Questions).Text);
        Assert.Equal(2, collection.Gains["1"]["d1"]);
        Assert.Single(collection.Judged);
    }

    [Fact]
    public async Task A_question_longer_than_a_query_may_be_finds_nothing_instead_of_stopping_the_run()
    {
        await using var services = AppServices.Build(Path.Combine(_folder, "data"), withSearch: true);
        var search = services.GetRequiredService<DigestBot.Search.SearchService>();
        var question = string.Join(' ', Enumerable.Repeat("why do wings flutter at high speed", 20)); // 700 characters

        var ranking = KeywordRanking.Of(search, question, new Dictionary<string, string>());

        Assert.True(question.Length > DigestBot.QueryLanguage.SearchQuery.MaxLength);
        Assert.Empty(ranking.Hits);
    }

    [Fact]
    public void Ndcg_is_one_for_the_ideal_order_and_lower_for_any_other()
    {
        var gains = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1, ["c"] = 0 };

        Assert.Equal(1.0, Ndcg.At(10, ["a", "b", "c"], gains), 9);
        Assert.True(Ndcg.At(10, ["b", "a"], gains) < 1.0);
        Assert.Equal(0.0, Ndcg.At(10, ["c", "x"], gains));
        Assert.Equal((2 / Math.Log2(3)) / (2 + (1 / Math.Log2(3))), Ndcg.At(10, ["x", "a"], gains), 9);
    }
}
