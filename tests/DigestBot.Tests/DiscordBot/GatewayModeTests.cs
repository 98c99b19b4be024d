using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.DiscordBot;

/// <summary>The app in Gateway mode: its hosted service connects to the fake gateway and acts on its events.</summary>
public sealed class GatewayModeTests : IAsyncLifetime
{
    private DiscordAppHarness _app = null!;

    public async Task InitializeAsync()
    {
        _app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        await _app.ConnectAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>The bot joins guilds with these channels (GUILD_CREATE), as Discord tells a bot with the Guilds intent.</summary>
    private async Task GuildsAsync(params (ulong Guild, ulong[] Channels)[] guilds)
    {
        foreach (var (guild, channels) in guilds)
        {
            foreach (var channel in channels)
            {
                _app.Fake.Channels.Guilds[channel] = guild;
            }

            await _app.Fake.Gateway.GuildCreateAsync(guild);

            // Discord.Net marks a guild synced on the thread pool after its GUILD_CREATE, and drops the guild's channel
            // events until then (CHANNEL_DELETE right behind it was sometimes lost, most under load).
            await DiscordAppHarness.EventuallyAsync(() => _app.Get<DiscordGatewayService>().Client!.GetGuild(guild)?.IsSynced == true, $"guild {guild} synced");
        }
    }

    private async Task RoundTripAsync(ulong id)
    {
        // Events are handled in order: once this interaction is answered, every event before it has been handled.
        await _app.Fake.Gateway.InteractionCreateAsync(Interactions.Command(id, "help"));
        await DiscordAppHarness.EventuallyAsync(() => _app.Fake.Interactions.Response(Interactions.Token(id)) is not null, $"the answer to interaction {id}");
    }

    [Fact]
    public async Task An_interaction_from_the_gateway_is_answered_over_rest_through_the_pipeline()
    {
        await RoundTripAsync(31);

        var response = _app.Fake.Interactions.Response(Interactions.Token(31))!;
        Assert.Equal(4, response["type"]!.GetValue<int>());
        Assert.Equal("DigestBot commands", response["data"]!["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(global::Discord.ConnectionState.Connected, _app.Get<DiscordGatewayService>().Client!.ConnectionState);
        Assert.Equal("[valid token]", _app.Fake.Gateway.Live!.ReceivedOp(2)[0]["d"]!["token"]!.GetValue<string>());
        Assert.DoesNotContain(DiscordAppHarness.Token, _app.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unavailable_guild_leaves_its_watches_alone_and_a_real_guild_delete_archives_them_restorably()
    {
        var watches = _app.Get<WatchStore>();
        var channels = _app.Get<ChannelStore>();
        watches.Add(7, 500, "normalization", null, 1);
        watches.Add(7, 501, "attention", null, 1);
        watches.Add(8, 600, "diffusion", null, 1);
        channels.Save(channels.Get(500) with { GuildId = 7 });
        await GuildsAsync((7, [500, 501]), (8, [600]));

        await _app.Fake.Gateway.GuildDeleteAsync(7, unavailable: true);
        await RoundTripAsync(32);
        var afterOutage = (watches.ForChannel(500).Count, watches.ForChannel(501).Count, channels.Get(500).Archived);
        await _app.Fake.Gateway.GuildDeleteAsync(7, unavailable: false);
        await RoundTripAsync(33);

        Assert.Equal((1, 1, false), afterOutage);
        Assert.Empty(watches.ForChannel(500));
        Assert.Empty(watches.ForChannel(501));
        Assert.True(channels.Get(500).Archived);
        Assert.Single(watches.ForChannel(600));
        Assert.Equal(1, watches.SetArchived(500, archived: false));
        Assert.Equal("normalization", Assert.Single(watches.ForChannel(500)).Query);
    }

    [Fact]
    public async Task A_deleted_channel_archives_its_watches_only()
    {
        var watches = _app.Get<WatchStore>();
        watches.Add(8, 600, "diffusion", null, 1);
        watches.Add(8, 601, "transformers", null, 1);
        await GuildsAsync((8, [600, 601]));

        await _app.Fake.Gateway.ChannelDeleteAsync(600, 8);
        await RoundTripAsync(34);

        Assert.Empty(watches.ForChannel(600));
        Assert.Single(watches.ForChannel(601));
    }
}
