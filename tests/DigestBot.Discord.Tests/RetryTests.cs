using DigestBot.Discord.Models;
using DigestBot.Discord.Rest;
using DigestBot.Discord.Tests.Support;
using DigestBot.FakeDiscord;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Tests;

/// <summary>5xx, timeouts and a bad token, injected by the fake, on a fake clock.</summary>
public class RetryTests
{
    private static MessageCreate Text(string text, string? nonce = null) =>
        MessageCreate.From(new MessagePayload { Content = text, AllowedMentions = AllowedMentions.None }, nonce);

    [Fact]
    public async Task Server_errors_are_retried_with_growing_back_off()
    {
        await using var h = await DiscordHarness.StartAsync();
        h.Fake.Inject(FakeFault.ServerError(502), 2);

        var message = await h.Run(h.Client.CreateMessageAsync(1, Text("eventually")));

        var at = h.Fake.Requests.Select(r => r.At).ToList();
        Assert.Equal([502, 502, 200], h.Fake.Requests.Select(r => r.Status));
        Assert.True(at[1] - at[0] >= TimeSpan.FromSeconds(1));
        Assert.True(at[2] - at[1] >= TimeSpan.FromSeconds(2));
        Assert.Equal("eventually", message.Content);
    }

    [Fact]
    public async Task Server_errors_beyond_the_retries_surface_as_a_transient_failure()
    {
        await using var h = await DiscordHarness.StartAsync();
        h.Fake.Inject(FakeFault.ServerError(503), 10);

        var e = await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.CreateMessageAsync(1, Text("never"))));

        Assert.Equal(4, h.Fake.Requests.Count);
        Assert.Equal(503, e.HttpStatus);
        Assert.True(e.IsTransient);
        Assert.False(e.IsPermanentForChannel);
    }

    [Fact]
    public async Task A_timed_out_attempt_is_abandoned_after_the_timeout_and_retried()
    {
        await using var h = await DiscordHarness.StartAsync(client: url => DiscordHarness.Options(url, timeout: TimeSpan.FromSeconds(10)));
        h.Fake.Inject(FakeFault.Timeout());

        var message = await h.Run(h.Client.CreateMessageAsync(1, Text("after a timeout")));

        var requests = h.Fake.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(FakeFaultKind.Timeout, requests[0].Fault);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(11));
        Assert.Single(h.Fake.Channels.Messages(1));
        Assert.Equal("after a timeout", message.Content);
    }

    [Fact]
    public async Task A_timeout_after_discord_posted_the_message_does_not_duplicate_it_thanks_to_the_nonce()
    {
        await using var h = await DiscordHarness.StartAsync(client: url => DiscordHarness.Options(url, timeout: TimeSpan.FromSeconds(10)));
        h.Fake.Inject(FakeFault.Timeout(afterProcessing: true));

        var message = await h.Run(h.Client.CreateMessageAsync(1, Text("digest chunk", nonce: "d42-c0")));

        var stored = Assert.Single(h.Fake.Channels.Messages(1));
        Assert.Equal(message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), stored["id"]!.GetValue<string>());
        Assert.Equal(2, h.Fake.Requests.Count);
    }

    [Fact]
    public async Task Without_a_nonce_the_same_timeout_posts_twice_which_is_why_digests_carry_one()
    {
        await using var h = await DiscordHarness.StartAsync(client: url => DiscordHarness.Options(url, timeout: TimeSpan.FromSeconds(10)));
        h.Fake.Inject(FakeFault.Timeout(afterProcessing: true));

        await h.Run(h.Client.CreateMessageAsync(1, Text("no nonce")));

        Assert.Equal(2, h.Fake.Channels.Messages(1).Count);
    }

    [Fact]
    public async Task A_401_stops_every_further_call_with_one_clear_error_and_never_shows_the_token()
    {
        const string wrong = "wrong-token-SECRET-xyz";
        await using var h = await DiscordHarness.StartAsync(client: url => DiscordHarness.Options(url, token: wrong));

        var first = await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.CreateMessageAsync(1, Text("x"))));
        var second = await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.GetGatewayBotAsync()));
        var interaction = await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.CreateInteractionResponseAsync(1, "t", InteractionResponse.Pong)));

        Assert.Single(h.Fake.Requests);
        Assert.True(h.Client.IsStopped);
        Assert.All(new[] { first, second, interaction }, e => Assert.True(e.IsUnauthorized));
        Assert.Contains("rejected the bot token", first.Message, StringComparison.Ordinal);
        Assert.Single(h.Logger.Lines, l => l.Level == LogLevel.Error);
        Assert.Equal(1, h.Client.InvalidRequestCount);
        foreach (var text in new[] { h.Logger.All, first.ToString(), second.ToString() })
        {
            Assert.DoesNotContain(wrong, text, StringComparison.Ordinal);
            Assert.DoesNotContain(DiscordHarness.Token, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_token_revoked_while_running_stops_the_client_too()
    {
        await using var h = await DiscordHarness.StartAsync();
        await h.Run(h.Client.CreateMessageAsync(1, Text("fine")));
        h.Fake.TokenRevoked = true;

        await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.CreateMessageAsync(1, Text("refused"))));
        await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.CreateMessageAsync(2, Text("not even sent"))));

        Assert.Equal([200, 401], h.Fake.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task An_expired_interaction_token_fails_that_call_only()
    {
        await using var h = await DiscordHarness.StartAsync();
        h.Fake.Inject(FakeFault.Error(401, 50027, "Invalid Webhook Token") with { Matches = r => r.Route!.Contains("webhooks", StringComparison.Ordinal) });

        var e = await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.EditOriginalResponseAsync(h.ApplicationId, "old-token", new MessagePayload { Content = "late" })));
        var message = await h.Run(h.Client.CreateMessageAsync(1, Text("still working")));

        Assert.Equal((401, 50027), (e.HttpStatus, e.Code));
        Assert.False(h.Client.IsStopped);
        Assert.Equal("still working", message.Content);
    }
}
