using DigestBot.Discord.Rest;

namespace DigestBot.Discord.Tests;

public class BucketRegistryTests
{
    [Fact]
    public void Buckets_of_interaction_tokens_idle_past_their_lifetime_are_forgotten_and_busy_or_recent_ones_kept()
    {
        long now = 0;
        var registry = new BucketRegistry(() => now);
        var busy = registry.For(DiscordRoute.InteractionCallback(1, "token-busy"));
        busy.Gate.Wait(); // a request is in it
        registry.For(DiscordRoute.ChannelMessages(HttpMethod.Post, 42));
        for (var i = 0; i < 600; i++)
        {
            registry.For(DiscordRoute.InteractionCallback((ulong)(100 + i), $"token-{i}"));
        }

        var before = registry.Count;
        now += BucketRegistry.IdleMilliseconds + 1;
        var channel = registry.For(DiscordRoute.ChannelMessages(HttpMethod.Post, 42));
        for (var i = 0; i < 300; i++)
        {
            registry.For(DiscordRoute.InteractionCallback((ulong)(1000 + i), $"later-{i}")); // enough calls to prune
        }

        Assert.True(before >= 602, $"{before} buckets before");
        Assert.InRange(registry.Count, 300, 303); // the 300 new ones, the channel's and the busy one's
        Assert.Same(busy, registry.For(DiscordRoute.InteractionCallback(1, "token-busy")));
        Assert.Same(channel, registry.For(DiscordRoute.ChannelMessages(HttpMethod.Post, 42)));
    }

    [Fact]
    public void A_bucket_idle_for_a_minute_is_forgotten_once_its_reset_has_passed_and_kept_while_it_is_blocked()
    {
        long now = 0;
        var registry = new BucketRegistry(() => now);
        var settled = registry.For(DiscordRoute.InteractionCallback(1, "token-settled"));
        var blocked = registry.For(DiscordRoute.InteractionCallback(2, "token-blocked"));
        blocked.Block(TimeSpan.FromMinutes(5), DateTimeOffset.FromUnixTimeMilliseconds(now));

        now += BucketRegistry.SettledIdleMilliseconds + 1;
        for (var i = 0; i < 300; i++)
        {
            registry.For(DiscordRoute.InteractionCallback((ulong)(1000 + i), $"later-{i}")); // enough calls to prune
        }

        Assert.NotSame(settled, registry.For(DiscordRoute.InteractionCallback(1, "token-settled")));
        Assert.Same(blocked, registry.For(DiscordRoute.InteractionCallback(2, "token-blocked")));
    }
}
