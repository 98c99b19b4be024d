using System.Text.Json;
using DigestBot.Commands;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Digests;

/// <summary>
/// The preview <c>watch add</c> and <c>watch test</c> answer with, through the command dispatcher on a real LiteDB and
/// index. The store holds a recorded arXiv listing (3 papers of Monday 2026-04-27) and a recorded arXiv search (10
/// papers on testing, 2012-2025); it is Wednesday 2026-04-29.
/// </summary>
public sealed class WatchPreviewTests : IDisposable
{
    private const string Listing = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";
    private const string Search = "arxiv_api_2026-04_search_all-testing_10_entries.xml";
    private const string DailyPapers = "hf_daily_papers_2026-06-12_latest_limit30.json";
    private static readonly DateTimeOffset Wednesday = new(2026, 4, 29, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _files = new();
    private readonly DigestsHarness _app = new(Wednesday);

    public void Dispose()
    {
        _app.Dispose();
        _files.Dispose();
    }

    [Fact]
    public async Task Adding_a_watch_says_how_many_recent_papers_match_and_that_new_ones_will_be_matched()
    {
        await StoreFixturesAsync();

        var reply = await DispatchAsync("watch add", ("query", "ti:agent"));

        var card = Assert.Single(reply.Cards);
        Assert.Equal(
            "2 papers of the last 7 days match (top 2 shown); new papers will be matched as they arrive.\n"
            + "Apr 23: 0 · Apr 24: 0 · Apr 25: 0 · Apr 26: 0 · Apr 27: 2 · Apr 28: 0 · Apr 29: 0",
            card.Description);
        Assert.Equal(2, card.Fields.Count);
        Assert.Contains("2 papers of the last 7 days match (top 2 shown); new papers will be matched as they arrive.", Console(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_query_on_a_quiet_week_is_not_told_to_check_its_spelling()
    {
        await StoreFixturesAsync();

        // "fuzzing" is in a 2020 paper only: the query is fine, the week was quiet.
        var reply = await DispatchAsync("watch add", ("query", "fuzzing"));

        var card = Assert.Single(reply.Cards);
        Assert.Equal("No paper of the last 7 days matches yet (1 older stored paper does); new papers will be matched as they arrive.", card.Description);
        Assert.Empty(card.Fields);
        Assert.DoesNotContain("spelling", Console(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_matching_no_stored_paper_at_any_date_is_told_to_check_its_spelling()
    {
        await StoreFixturesAsync();

        var reply = await DispatchAsync("watch add", ("query", "fuzzzing"));

        Assert.Equal(
            "No stored paper matches this query at any date: check the spelling (did you mean `fuzzing`?) or widen it; new papers will still be matched as they arrive.",
            Assert.Single(reply.Cards).Description);
    }

    [Theory]
    [InlineData("how do agents test software?", "`agents test software` matches 1 paper")]
    [InlineData("papers about zebras that juggle agents", "`zebras OR juggle OR agents` matches 4 papers")]
    [InlineData("how do zebras juggle?", "drop some, or join them with OR")]
    [InlineData("how do agnets test software?", "`agents test software` matches 1 paper")]
    public async Task A_question_typed_as_a_watch_is_told_that_a_watch_needs_every_word_and_which_words_would_match(string question, string advice)
    {
        await StoreFixturesAsync();

        var reply = await DispatchAsync("watch test", ("query", question));
        var misspelt = await DispatchAsync("watch test", ("query", "ti:fuzzzing"));

        Assert.Equal(
            $"No stored paper matches this query at any date: a watch needs every word of it, question words too: {advice}.",
            Assert.Single(reply.Cards).Description);
        Assert.Equal("No stored paper matches this query at any date: check the spelling (did you mean `ti:fuzzing`?) or widen it.", Assert.Single(misspelt.Cards).Description);
    }

    [Fact]
    public async Task Words_of_a_watch_that_match_once_their_typo_is_mended_are_told_the_spelling()
    {
        await StoreFixturesAsync();

        var reply = await DispatchAsync("watch test", ("query", "agnets test software"));
        var matching = await DispatchAsync("watch test", ("query", "agents test software"));

        var count = Assert.IsType<DigestBot.Watches.WatchTestResult>(matching.Data).MatchingAnyDate;
        Assert.True(count > 0);
        Assert.Equal(
            $"No stored paper matches this query at any date: check the spelling: `agents test software` matches {(count == 1 ? "1 paper" : $"{count} papers")}.",
            Assert.Single(reply.Cards).Description);
    }

    [Fact]
    public async Task A_watch_written_with_a_window_as_search_takes_one_is_told_to_leave_the_time_out()
    {
        await StoreFixturesAsync();

        var reply = await DispatchAsync("watch test", ("query", "agent papers from this week"));

        Assert.Equal(
            "No stored paper matches this query at any date: \u201Cfrom this week\u201D is searched for as words here: a watch sees each new paper as it arrives, so leave the time out.",
            Assert.Single(reply.Cards).Description);
    }

    [Fact]
    public async Task A_watch_asking_for_papers_like_one_is_told_to_write_like()
    {
        await StoreFixturesAsync();

        var reply = await DispatchAsync("watch test", ("query", "papers similar to 2412.13795"));

        Assert.Equal(
            "No stored paper matches this query at any date: for new papers like 2412.13795, watch `like:2412.13795` (by meaning).",
            Assert.Single(reply.Cards).Description);
    }

    [Fact]
    public async Task A_category_watch_matching_nothing_is_told_how_many_papers_have_no_category_not_to_check_its_spelling()
    {
        await StoreFixturesAsync();
        var page = _files.Combine(DailyPapers);
        File.WriteAllBytes(page, Fixtures.Recorded(DailyPapers));
        await DispatchAsync("import", ("inputs", new[] { page }));

        var reply = await DispatchAsync("watch test", ("query", "cat:cs.RO"));

        Assert.Equal(
            "No stored paper matches this query at any date: 30 of the 43 stored papers have no category (arXiv gives them; Hugging Face Daily Papers, OpenAlex and Semantic Scholar do not).",
            Assert.Single(reply.Cards).Description);
    }

    [Fact]
    public async Task With_no_paper_stored_yet_the_query_is_not_blamed()
    {
        var reply = await DispatchAsync("watch add", ("query", "agent"));

        Assert.Equal("No papers are stored yet; new papers will be matched as they arrive.", Assert.Single(reply.Cards).Description);
    }

    [Fact]
    public async Task Watch_test_counts_over_its_own_days_and_promises_nothing_about_new_papers()
    {
        await StoreFixturesAsync();

        var one = await DispatchAsync("watch test", ("query", "ti:MolClaw"), ("days", 3L));
        var quiet = await DispatchAsync("watch test", ("query", "fuzzing"), ("days", 1L));
        var misspelt = await DispatchAsync("watch test", ("query", "fuzzzing"));

        Assert.Equal("1 paper of the last 3 days matches (shown).\nApr 27: 1 · Apr 28: 0 · Apr 29: 0", Assert.Single(one.Cards).Description);
        Assert.Equal("Would have matched 0 papers in the last day", Assert.Single(quiet.Cards).Title);
        Assert.Equal("No paper of the last day matches yet (1 older stored paper does).", quiet.Cards[0].Description);
        Assert.Equal("No stored paper matches this query at any date: check the spelling (did you mean `fuzzing`?) or widen it.", Assert.Single(misspelt.Cards).Description);
    }

    [Fact]
    public async Task Watch_test_json_has_the_counts_of_the_text_per_day_and_the_top_matches_as_search_hits()
    {
        await StoreFixturesAsync();

        var reply = await DispatchAsync("watch test", ("query", "ti:agent"), ("days", 3L));

        using var json = JsonDocument.Parse(JsonOutput.Serialize(reply.Data));
        var root = json.RootElement;
        Assert.Equal("ti:agent", root.GetProperty("query").GetString());
        Assert.Equal(3, root.GetProperty("days").GetInt32());
        Assert.Equal(2, root.GetProperty("matching").GetInt32());
        Assert.Equal(2, root.GetProperty("matchingAnyDate").GetInt32());
        Assert.Equal(
            [("2026-04-27T00:00:00Z", 2), ("2026-04-28T00:00:00Z", 0), ("2026-04-29T00:00:00Z", 0)],
            root.GetProperty("perDay").EnumerateArray().Select(d => (d.GetProperty("day").GetString(), d.GetProperty("count").GetInt32())));
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(["2604.21936", "2604.21937"], hits.Select(h => h.GetProperty("id").GetString()).Order());
        Assert.All(hits, h => Assert.StartsWith("https://arxiv.org/abs/", h.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.All(hits, h => Assert.Equal("exact", h.GetProperty("mode").GetString()));
        Assert.Equal(reply.Cards[0].Fields.Select(f => f.Name), hits.Select(h => h.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Watch_test_json_tells_a_quiet_window_from_a_query_that_matches_nothing_stored()
    {
        await StoreFixturesAsync();

        var quiet = await DispatchAsync("watch test", ("query", "fuzzing"), ("days", 1L));
        var misspelt = await DispatchAsync("watch test", ("query", "fuzzzing"), ("days", 1L));

        using var quietJson = JsonDocument.Parse(JsonOutput.Serialize(quiet.Data));
        using var misspeltJson = JsonDocument.Parse(JsonOutput.Serialize(misspelt.Data));
        Assert.Equal((0, 1), (quietJson.RootElement.GetProperty("matching").GetInt32(), quietJson.RootElement.GetProperty("matchingAnyDate").GetInt32()));
        Assert.Equal((0, 0), (misspeltJson.RootElement.GetProperty("matching").GetInt32(), misspeltJson.RootElement.GetProperty("matchingAnyDate").GetInt32()));
    }

    [Fact]
    public async Task Watch_test_of_a_watch_number_tests_that_watch_of_this_channel_and_any_other_number_is_a_query()
    {
        await StoreFixturesAsync();
        await DispatchAsync("watch add", ("query", "ti:agent"));
        await DispatchAsync("watch add", ("query", "fuzzing"), ("name", "Fuzz *testing*"));
        await DispatchAsync("watch pause", ("watch", 2L));

        var first = await DispatchAsync("watch test", ("query", "1"), ("days", 3L));
        var second = await DispatchAsync("watch test", ("query", " #2 "));
        var none = await DispatchAsync("watch test", ("query", "3"));
        var elsewhere = await DispatchAsync("watch test", ("query", "1"), ("channel", 5L));

        Assert.Equal("Watch 1: `ti:agent`\n2 papers of the last 3 days match (top 2 shown).\nApr 27: 2 · Apr 28: 0 · Apr 29: 0", Assert.Single(first.Cards).Description);
        Assert.Equal("Watch 2 \u201CFuzz \\*testing\\*\u201D (paused): `fuzzing`\nNo paper of the last 7 days matches yet (1 older stored paper does).", Assert.Single(second.Cards).Description);
        using var json = JsonDocument.Parse(JsonOutput.Serialize(first.Data));
        Assert.Equal("ti:agent", json.RootElement.GetProperty("query").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("matching").GetInt32());

        // No watch 3 here, and channel 5 has no watch 1: the number is the query, as before.
        Assert.All([none, elsewhere], reply => Assert.DoesNotContain("Watch", Assert.Single(reply.Cards).Description, StringComparison.Ordinal));
        Assert.Equal(["3", "1"], new[] { none, elsewhere }.Select(reply => System.Text.Json.Nodes.JsonNode.Parse(JsonOutput.Serialize(reply.Data))!["query"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_match_whose_title_and_abstract_carry_tex_reads_as_text_and_its_json_keeps_the_tex()
    {
        _app.Get<DigestBot.Papers.PaperStore>().UpsertBatch([.. TexPapers.All(Wednesday).Select(p => p with { Published = Wednesday.AddDays(-1) })]);

        var reply = await DispatchAsync("watch test", ("query", "theta"));

        var field = Assert.Single(Assert.Single(reply.Cards).Fields);
        Assert.Equal(TexPapers.PlanningTitleReadable, field.Name);
        Assert.Contains("deep learning-based F_**θ** is incredibly brittle", field.Value, StringComparison.Ordinal);
        Assert.Contains($"\n  {TexPapers.PlanningTitleReadable}: {TexPapers.Planning} · ", Console(reply).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(JsonOutput.Serialize(reply.Data));
        var hit = Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal(TexPapers.PlanningTitle, hit.GetProperty("title").GetString());
        Assert.Contains("$F_{\\\\**theta**}$", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    private async Task StoreFixturesAsync()
    {
        var files = new[] { Listing, Search }.Select(name =>
        {
            var path = _files.Combine(name);
            File.WriteAllBytes(path, Fixtures.Recorded(name));
            return path;
        }).ToArray();
        var imported = await DispatchAsync("import", ("inputs", files));
        Assert.Equal("imported 13 new, 0 updated, 0 unchanged, 0 skipped", imported.Text);
    }

    private Task<Reply> DispatchAsync(string command, params (string Name, object Value)[] options) =>
        _app.Get<CommandDispatcher>().DispatchAsync(command, options.ToDictionary(o => o.Name, o => o.Value), CommandOrigin.Cli, CancellationToken.None);

    private static string Console(Reply reply) => DiscordPayloads.RenderConsole(reply).Output;
}
