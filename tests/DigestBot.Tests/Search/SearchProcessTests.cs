using System.Text.Json;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary><c>digestbot search</c> and <c>reindex</c> as users and their scripts run them.</summary>
public sealed class SearchProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Search_json_prints_ranked_hits_with_the_documented_fields()
    {
        await ImportAsync("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml");

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("search", "au:del_maestro ti:luttinger", "--limit", "3", "--json", "--data", Data);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var hits = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Equal(
            ["id", "title", "authors", "published", "publishedPrecision", "url", "score", "snippet", "mode"],
            h.EnumerateObject().Select(p => p.Name)));
        Assert.All(hits, h => Assert.Equal("exact", h.GetProperty("mode").GetString()));
        Assert.Equal(["1005.5383", "1201.4869", "1412.6529"], hits.Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var core = hits.Single(h => h.GetProperty("id").GetString() == "1201.4869");
        Assert.Equal("A Luttinger Liquid Core Inside Helium-4 Filled Nanopores", core.GetProperty("title").GetString());
        Assert.Equal(["Adrian Del Maestro"], core.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2012-01-23T21:15:02Z", core.GetProperty("published").GetString());
        Assert.Equal("https://arxiv.org/abs/1201.4869", core.GetProperty("url").GetString());
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(hits, h => Assert.Contains("**Luttinger**", h.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_prints_ranked_results_as_text()
    {
        await ImportAsync("arxiv_api_2026-04_search_all-testing_10_entries.xml");

        var (code, stdout, _) = await DigestBotProcess.RunAsync("search", "au:ramirez", "--data", Data);

        Assert.Equal(0, code);
        Assert.StartsWith("1 paper matches au:ramirez; showing 1–1:", stdout, StringComparison.Ordinal);
        Assert.Contains("1. Towards Explainable Test Case Prioritisation with Learning-to-Rank Models", stdout, StringComparison.Ordinal);
        Assert.Contains("2405.13786 · Aurora Ramírez, Mario Berrios, José Raúl Romero +1 more · 2024-05-22 · cs.SE, cs.AI · score ", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown field 'foo:' (known fields: ti:, au:, abs:, cat:, id:, all:, like:, about:)", "search", "foo:bar AND helium")]
    [InlineData("search: sort must be relevance or date (got 'oldest')", "search", "helium", "--sort", "oldest")]
    [InlineData("unbalanced quotes", "search", "\"large language")]
    [InlineData("--since must be 7d, 2w, 6m, 1y or YYYY-MM-DD (got 'fortnight')", "search", "attention", "--since", "fortnight")]
    [InlineData("limit must be between 1 and 100", "search", "attention", "--limit", "500")]
    [InlineData("search: mode must be keyword, semantic or hybrid (got 'words')", "search", "helium", "--mode", "words")]
    [InlineData("--mode semantic: semantic search is off (DigestBot:Semantic:Enabled is false)", "search", "helium in pores", "--mode", "semantic")]
    public async Task A_refused_search_exits_2_with_one_line_on_stderr(string message, params string[] args)
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync([.. args, "--data", Data]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_question_typed_as_written_answers_with_the_closest_papers_and_says_so()
    {
        await ImportAsync("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml");

        var text = await DigestBotProcess.RunAsync("search", "what happens to helium inside nanopores?", "--data", Data);
        var json = await DigestBotProcess.RunAsync("search", "what happens to helium inside nanopores?", "--json", "--data", Data);

        Assert.Equal(0, text.ExitCode);
        Assert.Matches(@"^(Only \d+ papers? ha(s|ve)|No paper has) all 2 words of “what happens to helium inside nanopores\?” — showing the closest \(\d+ with at least 1 of them\); showing 1–\d+:", text.Stdout);
        var hits = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("best-match", h.GetProperty("mode").GetString()));
    }

    [Fact]
    public async Task Search_sorts_by_date_when_asked()
    {
        await ImportAsync("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml");

        var (code, stdout, _) = await DigestBotProcess.RunAsync("search", "helium", "--sort", "date", "--json", "--data", Data);

        Assert.Equal(0, code);
        var dates = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(h => h.GetProperty("published").GetDateTimeOffset()).ToList();
        Assert.True(dates.Count > 1);
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public async Task Reindex_rebuilds_the_index_from_the_stored_papers()
    {
        await ImportAsync("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml");
        Directory.Delete(Path.Combine(Data, "search-index"), recursive: true);

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("reindex", "--data", Data);
        var search = await DigestBotProcess.RunAsync("search", "helium", "--json", "--data", Data);

        Assert.Equal(0, code);
        Assert.Equal("search index rebuilt: 10 papers", stdout.Trim());
        Assert.Contains("search index: 10 papers indexed in ", stderr, StringComparison.Ordinal);
        Assert.Equal(4, JsonDocument.Parse(search.Stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task The_bot_indexes_papers_stored_without_the_index_when_it_starts()
    {
        using (var storage = new TestStorage())
        {
            storage.Papers.Upsert(TestPapers.Arxiv("2412.00001") with { Title = "Quokka populations" });
            storage.Papers.Upsert(TestPapers.Arxiv("2412.00002") with { Title = "Wombat burrows" });
            Directory.CreateDirectory(Data);
            foreach (var file in Directory.GetFiles(storage.DataPath).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(Data, Path.GetFileName(file)));
            }
        }

        using (var bot = DigestBotProcess.Start(["--data", Data]))
        {
            Assert.True(await bot.WaitForOutputAsync("search index: 2 papers indexed in ", TimeSpan.FromSeconds(60)), bot.Stderr);
            bot.SendSigterm();
            Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        }

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("search", "quokka", "--json", "--data", Data);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal("2412.00001", JsonDocument.Parse(stdout).RootElement[0].GetProperty("id").GetString());
    }

    private async Task ImportAsync(string fixture)
    {
        var (code, _, stderr) = await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath(fixture), "--data", Data);
        Assert.True(code == 0, stderr);
    }
}
