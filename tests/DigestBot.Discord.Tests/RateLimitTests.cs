using DigestBot.Discord.Models;
using DigestBot.Discord.Tests.Support;
using DigestBot.FakeDiscord;

namespace DigestBot.Discord.Tests;

/// <summary>Rate limits learned from the fake's headers (50/s global, 5 messages per 5 s per channel), on a fake clock.</summary>
public class RateLimitTests
{
    private static MessageCreate Text(string text) => MessageCreate.From(new MessagePayload { Content = text, AllowedMentions = AllowedMentions.None });

    [Fact]
    public async Task Two_hundred_messages_to_twenty_channels_arrive_without_a_single_429()
    {
        await using var h = await DiscordHarness.StartAsync();
        var start = h.Clock.GetUtcNow();

        var sends = Enumerable.Range(0, 200).Select(i => h.Client.CreateMessageAsync((ulong)(1000 + (i % 20)), Text($"message {i}")));
        await h.Run(Task.WhenAll(sends));

        Assert.DoesNotContain(h.Fake.Requests, r => r.Status == 429);
        Assert.Equal(200, h.Fake.Requests.Count);
        Assert.All(Enumerable.Range(1000, 20), c => Assert.Equal(10, h.Fake.Channels.Messages((ulong)c).Count));

        // Ten messages per channel need a second 5-second window: the client waited rather than hit the limit.
        Assert.True(h.Clock.GetUtcNow() - start >= TimeSpan.FromSeconds(5));
        Assert.Equal(0, h.Client.InvalidRequestCount);
    }

    [Fact]
    public async Task An_injected_429_storm_is_waited_out_per_bucket_and_globally_and_every_message_lands_once()
    {
        await using var h = await DiscordHarness.StartAsync();
        static bool IsPost(FakeRequest r) => r.Method == "POST";
        h.Fake.Inject(FakeFault.RateLimit(2.5) with { Matches = IsPost }, 10);
        h.Fake.Inject(FakeFault.GlobalRateLimit(1.5) with { Matches = IsPost }, 3);

        var sends = Enumerable.Range(0, 50).Select(i => h.Client.CreateMessageAsync((ulong)(1 + (i % 5)), Text($"m{i}")));
        await h.Run(Task.WhenAll(sends));

        var requests = h.Fake.Requests;
        Assert.Equal(13, requests.Count(r => r.Status == 429));
        Assert.Equal(50, requests.Count(r => r.Status == 200));
        var delivered = Enumerable.Range(1, 5).SelectMany(c => h.Fake.Channels.Messages((ulong)c)).Select(m => m["content"]!.GetValue<string>()).ToList();
        Assert.Equal(50, delivered.Distinct().Count());
        Assert.Equal(50, delivered.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            if (r.Fault == FakeFaultKind.RateLimit)
            {
                var next = requests.Skip(i + 1).First(n => n.Major == r.Major);
                Assert.True(next.At - r.At >= TimeSpan.FromSeconds(2.5), $"{r} then {next}");
            }
            else if (r.Fault == FakeFaultKind.GlobalRateLimit)
            {
                Assert.DoesNotContain(requests.Skip(i + 1), n => n.At > r.At && n.At - r.At < TimeSpan.FromSeconds(1.5));
            }
        }

        Assert.Equal(13, h.Client.InvalidRequestCount);
        Assert.Equal(25, h.Client.GlobalRequestsPerSecond);
    }

    [Fact]
    public async Task Interaction_callbacks_do_not_wait_for_the_global_limit()
    {
        await using var h = await DiscordHarness.StartAsync(
            fake: o => new FakeDiscordOptions { Token = o.Token, Time = o.Time, RequireNoMentions = false, GlobalRequestsPerSecond = 1 },
            client: url => DiscordHarness.Options(url, globalPerSecond: 1));
        await h.Run(h.Client.CreateMessageAsync(1, Text("uses the one global slot")));

        // The fake clock stands still: anything waiting for the global limit would never finish.
        var answers = Enumerable.Range(1, 5).Select(i =>
            h.Client.CreateInteractionResponseAsync((ulong)i, $"token-{i}", InteractionResponse.Message(new MessagePayload { Content = "ok" })));
        await Task.WhenAll(answers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(6, h.Fake.Requests.Count(r => r.Status is 200 or 204));
    }

    [Fact]
    public async Task A_third_message_to_a_spent_bucket_waits_for_the_reset_after_the_headers_gave()
    {
        await using var h = await DiscordHarness.StartAsync(
            fake: o => new FakeDiscordOptions { Token = o.Token, Time = o.Time, RequireNoMentions = false, Messages = new FakeBucketRule("messages", 2, TimeSpan.FromSeconds(30)) });

        await h.Run(Task.WhenAll(Enumerable.Range(0, 3).Select(i => h.Client.CreateMessageAsync(9, Text($"m{i}")))));

        var at = h.Fake.Requests.Select(r => r.At).ToList();
        Assert.Equal(3, at.Count);
        Assert.DoesNotContain(h.Fake.Requests, r => r.Status == 429);
        Assert.True(at[2] - at[0] >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Routes_that_discord_names_as_one_bucket_share_one_queue()
    {
        await using var h = await DiscordHarness.StartAsync(
            fake: o => new FakeDiscordOptions { Token = o.Token, Time = o.Time, RequireNoMentions = false, Messages = new FakeBucketRule("messages", 5, TimeSpan.FromSeconds(30)) });
        var first = await h.Run(h.Client.CreateMessageAsync(9, Text("learn the create route")));
        await h.Run(h.Client.EditMessageAsync(9, first.Id, new MessagePayload { Content = "learn the edit route" }));

        var creates = Enumerable.Range(0, 4).Select(i => h.Client.CreateMessageAsync(9, Text($"c{i}")));
        var edits = Enumerable.Range(0, 4).Select(i => h.Client.EditMessageAsync(9, first.Id, new MessagePayload { Content = $"e{i}" }));
        await h.Run(Task.WhenAll([.. creates, .. edits]));

        Assert.Equal(10, h.Fake.Requests.Count);
        Assert.DoesNotContain(h.Fake.Requests, r => r.Status == 429);
        Assert.True(h.Fake.Requests[^1].At - h.Fake.Requests[0].At >= TimeSpan.FromSeconds(30));
    }
}
