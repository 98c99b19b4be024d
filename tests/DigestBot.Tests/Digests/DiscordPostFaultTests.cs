using DigestBot.Digests;
using DigestBot.FakeDiscord;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Digests;

/// <summary>
/// A digest post whose outcome Discord leaves unknown (no answer in time, a 5xx; Discord.Net retries neither for us):
/// each attempt is bounded, and before a post is tried again the chunk is looked for among the channel's recent messages,
/// so it arrives exactly once.
/// </summary>
public sealed class DiscordPostFaultTests : IAsyncLifetime
{
    private const string Token = "post-fault-test-token";
    private const ulong Channel = 640;
    private FakeDiscordServer _fake = null!;
    private DigestsHarness _bot = null!;

    private static bool IsPost(FakeRequest r) => r.Route == "POST /channels/{channel_id}/messages";

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = Token });
        _bot = new DigestsHarness(
            DateTimeOffset.UtcNow,
            recordPosts: false,
            ("DigestBot:Discord:Mode", "Gateway"),
            ("DigestBot:Discord:Token", Token),
            ("DigestBot:Discord:ApiBaseUrl", _fake.ApiBaseUrl.ToString()),
            ("DigestBot:Discord:RequestTimeout", "00:00:02"));
        _bot.Owe(Channel, "2411.00001", "2411.00002");
    }

    public async Task DisposeAsync()
    {
        _bot.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_post_discord_made_but_never_answered_is_found_among_recent_messages_and_not_sent_again()
    {
        _fake.Inject(FakeFault.Timeout(afterProcessing: true) with { Matches = IsPost });

        var digest = Assert.Single(await Run());

        var message = Assert.Single(_fake.Channels.Messages(Channel));
        Assert.Single(_fake.Requests, IsPost);
        Assert.Contains(_fake.Requests, r => r.Route == "GET /channels/{channel_id}/messages");
        Assert.Equal(message["id"]!.GetValue<string>(), digest.Chunks[0].MessageId);
        Assert.Equal(0, _bot.Get<Outbox>().PendingCount(Channel));
    }

    [Fact]
    public async Task A_post_that_never_reached_discord_is_sent_again_with_its_nonce_and_arrives_once()
    {
        _fake.Inject(FakeFault.Timeout() with { Matches = IsPost });

        await Run();

        Assert.Single(_fake.Channels.Messages(Channel));
        var posts = _fake.Requests.Where(IsPost).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Body, posts[1].Body);
        Assert.Contains("\"enforce_nonce\":true", posts[1].Body, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Get<Outbox>().PendingCount(Channel));
    }

    [Fact]
    public async Task Server_errors_are_tried_again_a_bounded_number_of_times_then_left_to_the_outbox()
    {
        _fake.Inject(FakeFault.ServerError(503) with { Matches = IsPost }, 2);

        await Run();

        Assert.Equal([503, 503, 200], _fake.Requests.Where(IsPost).Select(r => r.Status));
        Assert.Single(_fake.Channels.Messages(Channel));

        _fake.Inject(FakeFault.ServerError(500) with { Matches = IsPost }, 10);
        _bot.Owe(Channel, "2411.00003");
        await Run();

        Assert.Equal(6, _fake.Requests.Count(IsPost));
        Assert.Single(_fake.Channels.Messages(Channel));
        Assert.Equal(1, _bot.Get<ChannelStore>().Get(Channel).ConsecutiveFailures);
        Assert.NotNull(_bot.Get<Outbox>().Unfinished(Channel));
    }

    private Task<IReadOnlyList<DigestRecord>> Run() => _bot.Get<DigestService>().RunAsync(Channel, CancellationToken.None);
}
