using System.Text.Json.Nodes;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// Every reply shape as Discord finally receives it: the app in Gateway mode, interactions arriving from the fake gateway,
/// and the request bodies the fake recorded compared with golden files under Golden/discord (see <see cref="RecordedReplies"/>
/// for what is normalised). They judge the transport, whichever client it is built on; a hostile paper and hostile user
/// text are in every shape, and <see cref="InertText"/> checks they arrived inert.
/// </summary>
public sealed class DiscordReplyGoldenTests : IAsyncLifetime
{
    private const ulong Channel = Interactions.Channel;
    private DiscordAppHarness _app = null!;
    private ulong _next = 100;

    public async Task InitializeAsync()
    {
        _app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway, null, ("DigestBot:Digests:MaxPapersPerMessage", "2"));
        _app.Get<PaperStore>().UpsertBatch([.. DailyPapersPage.Papers(_app.Clock.GetUtcNow()), HostilePapers.Paper(_app.Clock.GetUtcNow())]);
        await _app.StartAsync<DiscordGatewayService>();
        await DiscordAppHarness.EventuallyAsync(() => _app.Fake.Gateway.Live?.Ready == true, "READY");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_search_page_with_its_buttons_and_the_next_page_in_its_place()
    {
        var mark = _app.Fake.Requests.Count;
        var first = await AskAsync(Interactions.Command(++_next, "search", options: [("query", "pruning")]));
        var next = first["data"]!["components"]![0]!["components"]!.AsArray().Single(b => b!["label"]!.GetValue<string>().StartsWith("Next", StringComparison.Ordinal));

        await AskAsync(Interactions.Button(++_next, next!["custom_id"]!.GetValue<string>()));

        AssertGolden("search-page.json", mark);
    }

    [Fact]
    public async Task A_paper_card_with_its_action_and_link_buttons()
    {
        var mark = _app.Fake.Requests.Count;

        await AskAsync(Interactions.Command(++_next, "paper", options: [("id", HostilePapers.Id)]));

        AssertGolden("paper-card.json", mark);
    }

    [Fact]
    public async Task A_digest_posts_its_first_chunk_in_the_channel_and_the_overflow_in_a_thread_under_it()
    {
        var papers = new[] { HostilePapers.Id, DailyPapersPage.Id(0), DailyPapersPage.Id(1) };
        _app.Get<Outbox>().AddPending(papers.Select(id => new Delivery
        {
            Id = Delivery.KeyOf(Channel, id),
            ChannelId = Channel,
            PaperId = id,
            WatchNames = ["@everyone **norms**"],
            MatchedTerms = ["pruning", "<@123>"],
            CreatedAt = _app.Clock.GetUtcNow(),
        }));
        var mark = _app.Fake.Requests.Count;

        await AskAsync(Interactions.Command(++_next, "digest", "now"));

        AssertGolden("digest.json", mark);
    }

    [Fact]
    public async Task A_watch_list_shows_each_query_as_code_and_each_name_as_text()
    {
        var watches = _app.Get<WatchStore>();
        watches.Add(Interactions.Guild, Channel, "ti:testing", "@everyone **ai**", Interactions.User);
        watches.Add(Interactions.Guild, Channel, "\"layer normalization\" AND cat:cs.LG -survey", "-# <@123> [x](https://evil.example)", Interactions.User);
        var mark = _app.Fake.Requests.Count;

        await AskAsync(Interactions.Command(++_next, "watch", "list"));

        AssertGolden("watch-list.json", mark);
    }

    [Fact]
    public async Task A_topic_overview_with_each_theme_its_representative_paper_and_the_others()
    {
        var mark = _app.Fake.Requests.Count;

        await AskAsync(Interactions.Command(++_next, "summary", "topic", options: [("topic", "pruning OR \"KV cache\"")]));

        AssertGolden("topic-overview.json", mark);
    }

    [Fact]
    public async Task Help_answers_only_the_caller()
    {
        var mark = _app.Fake.Requests.Count;

        await AskAsync(Interactions.Command(++_next, "help"));

        AssertGolden("help.json", mark);
    }

    [Fact]
    public async Task Errors_and_refusals_are_one_plain_line_for_the_caller_only()
    {
        var mark = _app.Fake.Requests.Count;

        await AskAsync(Interactions.Command(++_next, "paper", options: [("id", "**[x](javascript:alert(1))** @everyone <@123>")]));
        await AskAsync(Interactions.Command(++_next, "watch", "add", "0", ("query", "@everyone"), ("name", "# boom")));

        AssertGolden("errors.json", mark);
    }

    /// <summary>Sends one interaction through the fake gateway and waits until the app has finished answering it.</summary>
    private async Task<JsonObject> AskAsync(JsonObject interaction)
    {
        var token = interaction["token"]!.GetValue<string>();
        await _app.Fake.Gateway.InteractionCreateAsync(Interactions.At(interaction, _app.Clock.GetUtcNow()));
        await DiscordAppHarness.EventuallyAsync(() => _app.Fake.Interactions.Response(token) is not null, $"the answer to {token}");
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _app.Get<InteractionPipeline>().DrainAsync(limit.Token);
        return _app.Fake.Interactions.Response(token)!;
    }

    private void AssertGolden(string name, int mark)
    {
        var requests = RecordedReplies.Since(_app.Fake, mark);
        InertText.Assert(requests);
        Golden.AssertMatches($"discord/{name}", RecordedReplies.Golden(requests));
    }
}
