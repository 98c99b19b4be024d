using System.Text.Json;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Semantic;

/// <summary>The executable with semantic search on: the model found beside it, <c>embed</c>, a search by words and meaning, <c>status</c>.</summary>
[Collection(SemanticModelCollection.Name)]
public sealed class SemanticProcessTests : IDisposable
{
    private static readonly Dictionary<string, string> On = new() { ["DigestBot__Semantic__Enabled"] = "true" };

    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Embed_all_then_a_question_is_answered_by_words_and_meaning_and_status_counts_the_vectors()
    {
        await DigestBotProcess.RunAsync(["import", Fixtures.RecordedPath("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml"), "--data", Data], On);

        var embed = await DigestBotProcess.RunAsync(["embed", "--all", "--data", Data], On);
        var search = await DigestBotProcess.RunAsync(["search", "superfluid helium squeezed into tiny channels", "--json", "--data", Data], On);
        var status = await DigestBotProcess.RunAsync(["status", "--data", Data], On);

        Assert.Equal(0, embed.ExitCode);
        Assert.Matches(@"^embedded 10 papers in \d+\.\d s \(\d+\.\d papers/s\); 10 papers have vectors", embed.Stdout);
        Assert.Equal(0, search.ExitCode);
        using var json = JsonDocument.Parse(search.Stdout);
        var hits = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("hybrid", h.GetProperty("mode").GetString()));
        Assert.All(hits, h => Assert.InRange(h.GetProperty("similarity").GetDouble(), -1, 1));
        Assert.Contains("Semantic: 10 of 10 papers embedded", status.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_small_import_makes_its_vectors_so_the_next_question_is_answered_by_meaning_without_embed()
    {
        // Every paper in the window, whatever today's date is (the recording is from June 2026).
        var settings = new Dictionary<string, string>(On) { ["DigestBot__Semantic__Since"] = "all" };

        var import = await DigestBotProcess.RunAsync(["import", Fixtures.RecordedPath("hf_daily_papers_2026-06-12_latest_limit30.json"), "--data", Data], settings);
        var search = await DigestBotProcess.RunAsync(["search", "how do llm agents remember things over long conversations", "--limit", "3", "--data", Data], settings);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal("imported 30 new, 0 updated, 0 unchanged, 0 skipped", import.Stdout.Trim());
        Assert.Matches(@"search by meaning: embedded 30 papers \(\d+\.\d s\); 30 have vectors", import.Stderr);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("ranked by words and meaning, vectors for all 30 papers", search.Stdout, StringComparison.Ordinal);
    }
}
