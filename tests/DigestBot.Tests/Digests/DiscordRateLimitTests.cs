using System.Text.Json.Nodes;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Digests;

/// <summary>
/// Digests posted through Discord.Net to the fake Discord with Discord's limits (50 requests/s, 5 messages per 5 s per
/// channel), which run on real time as Discord's do: Discord.Net learns the buckets from the headers, and every paper
/// reaches its channel once, whatever 429s the fake plays.
/// </summary>
public sealed class DiscordRateLimitTests : IAsyncLifetime
{
    private const string Token = "rate-limit-test-token";
    private static readonly TimeSpan InFlight = TimeSpan.FromMilliseconds(250);
    private FakeDiscordServer _fake = null!;
    private DigestsHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = Token });
        _bot = new DigestsHarness(
            DateTimeOffset.UtcNow,
            recordPosts: false,
            ("DigestBot:Discord:Mode", "Gateway"),
            ("DigestBot:Discord:Token", Token),
            ("DigestBot:Discord:ApiBaseUrl", _fake.ApiBaseUrl.ToString()),
            ("DigestBot:Digests:MaxPapersPerMessage", "1"));
    }

    public async Task DisposeAsync()
    {
        _bot.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Two_hundred_digest_messages_to_twenty_channels_arrive_each_once_without_a_single_429()
    {
        var channels = Owe(20, 10);

        await Task.WhenAll(channels.Select(c => _bot.Get<DigestService>().RunAsync(c, CancellationToken.None)));

        Assert.DoesNotContain(_fake.Requests, r => r.Status == 429);
        AssertDeliveredOnce(channels, 10);
        Assert.Equal(0, _bot.Get<InvalidRequestCounter>().Count);
    }

    [Fact]
    public async Task A_429_storm_is_waited_out_per_bucket_and_globally_and_every_paper_arrives_once()
    {
        static bool IsPost(FakeRequest r) => r.Route == "POST /channels/{channel_id}/messages";
        _fake.Inject(FakeFault.RateLimit(2.5) with { Matches = IsPost }, 10);
        _fake.Inject(FakeFault.GlobalRateLimit(1.5) with { Matches = IsPost }, 3);
        var channels = Owe(5, 10);

        await Task.WhenAll(channels.Select(c => _bot.Get<DigestService>().RunAsync(c, CancellationToken.None)));

        var requests = _fake.Requests;
        Assert.Equal(13, requests.Count(r => r.Status == 429));
        AssertDeliveredOnce(channels, 10);
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            if (r.Fault == FakeFaultKind.RateLimit)
            {
                var next = requests.Skip(i + 1).First(n => n.Major == r.Major && n.Route == r.Route);
                Assert.True(next.At - r.At >= TimeSpan.FromSeconds(2.5), $"{r} then {next}");
            }
            else if (r.Fault == FakeFaultKind.GlobalRateLimit)
            {
                // Requests already on their way when the 429 was answered may arrive just after it; none leaves later in
                // the window (Discord.Net alone lets requests queued in its buckets go on: GlobalPace holds them).
                Assert.DoesNotContain(requests.Skip(i + 1), n => n.HasBotToken && n.At - r.At > InFlight && n.At - r.At < TimeSpan.FromSeconds(1.5));
            }
        }

        Assert.Equal(13, _bot.Get<InvalidRequestCounter>().Count);
    }

    /// <summary><paramref name="channels"/> channels, each owed <paramref name="papers"/> papers of its own.</summary>
    private List<ulong> Owe(int channels, int papers)
    {
        var ids = Enumerable.Range(0, channels).Select(c => 700UL + (ulong)c).ToList();
        foreach (var channel in ids)
        {
            _bot.Owe(channel, [.. Enumerable.Range(1, papers).Select(p => $"2411.{channel % 100:00}{p:000}")]);
        }

        return ids;
    }

    /// <summary>Each channel holds its digest's first message, its thread the rest, and each paper is in exactly one message.</summary>
    private void AssertDeliveredOnce(List<ulong> channels, int papers)
    {
        foreach (var channel in channels)
        {
            var first = Assert.Single(_fake.Channels.Messages(channel));
            var thread = _fake.Channels.Messages(ulong.Parse(first["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
            var urls = new[] { first }.Concat(thread)
                .SelectMany(m => m["embeds"] is JsonArray embeds ? embeds : [])
                .Select(e => e!["url"]!.GetValue<string>())
                .ToList();
            Assert.Equal(papers, urls.Count);
            Assert.Equal(papers, urls.Distinct().Count());
            Assert.Equal(0, _bot.Get<Outbox>().PendingCount(channel));
            Assert.Null(_bot.Get<ChannelStore>().Get(channel).LastError);
        }
    }
}
