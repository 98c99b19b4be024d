using System.Text.Json.Nodes;
using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Tests.Search;
using DigestBot.Tests.Semantic;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// Search by meaning as a Discord user meets it: the app in Gateway mode with every page paper embedded by the shipped
/// model, <c>/search</c> with its <c>mode</c> option, <c>/similar</c> and the Similar button answered through the
/// Discord.Net transport and checked as the fake Discord stored them.
/// </summary>
[Collection(SemanticModelCollection.Name)]
public sealed class SemanticSlashCommandsTests : IAsyncLifetime
{
    // The Curse of Depth in Large Language Models (page paper 3), found by a question sharing none of its words.
    private const string CurseOfDepth = "2501.90003";
    private const string Question = "why do the top parts of big generative chatbots add almost nothing";

    private DiscordAppHarness _app = null!;
    private ulong _next = 9000;

    public async Task InitializeAsync()
    {
        // The search cooldown off: each test asks twice in a row, and the clock stands still.
        _app = await DiscordAppHarness.StartAsync(
            DiscordMode.Gateway, null, ("DigestBot:Cooldowns:Search:UserSeconds", "0"), ("DigestBot:Cooldowns:Search:ChannelSeconds", "0"));
        _app.Get<PaperStore>().UpsertBatch(DailyPapersPage.Papers(_app.Clock.GetUtcNow()));
        var embedding = _app.Get<EmbeddingService>();
        embedding.Scan(all: true, CancellationToken.None);
        while (embedding.EmbedNext(CancellationToken.None) > 0)
        {
        }

        await _app.StartAsync<DiscordGatewayService>();
        await DiscordAppHarness.EventuallyAsync(() => _app.Fake.Gateway.Live?.Ready == true, "READY");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Search_with_mode_semantic_finds_the_paper_by_meaning_and_says_so()
    {
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", Question), ("mode", "semantic")]));

        var data = answer["data"]!;
        Assert.Contains("in meaning to", data["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("vectors for all 94 papers", data["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var urls = data["embeds"]!.AsArray().Take(3).Select(e => e!["url"]!.GetValue<string>());
        Assert.Contains(urls, u => u.Contains(CurseOfDepth, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_question_on_a_field_no_stored_paper_is_near_gets_no_embeds_and_says_why()
    {
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "ancient pottery")]));

        var data = answer["data"]!;
        Assert.Equal("No papers match “ancient pottery” (none near it in meaning either; vectors for all 94 papers)", data["content"]!.GetValue<string>());
        Assert.True(data["embeds"] is null || data["embeds"]!.AsArray().Count == 0, data.ToJsonString());
    }

    [Fact]
    public async Task Search_with_mode_keyword_does_not_look_at_meaning()
    {
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "language models"), ("mode", "keyword")]));

        Assert.DoesNotContain("meaning", answer["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_similar_command_and_the_similar_button_answer_by_meaning()
    {
        var id = DailyPapersPage.Id(65);

        var command = await _app.AskAsync(Interactions.Command(++_next, "similar", options: [("id", id)]));
        var button = await _app.AskAsync(Interactions.Button(++_next, $"similar?id={id}"));

        foreach (var answer in new[] { command, button })
        {
            var data = answer["data"]!;
            Assert.StartsWith($"Papers close in meaning to {id}", data["content"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(SearchReplies.PageSize, data["embeds"]!.AsArray().Count);
            Assert.DoesNotContain(data["embeds"]!.AsArray(), e => e!["url"]!.GetValue<string>().Contains(id, StringComparison.Ordinal));
        }
    }
}
