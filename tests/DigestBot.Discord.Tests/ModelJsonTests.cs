using System.Text.Json;
using DigestBot.Discord.Json;
using DigestBot.Discord.Models;
using DigestBot.Discord.Tests.Support;

namespace DigestBot.Discord.Tests;

public class ModelJsonTests
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    [Fact]
    public void The_documented_chat_input_interaction_parses_with_snowflakes_member_permissions_and_options()
    {
        var interaction = JsonSerializer.Deserialize(DiscordFixtures.Text("interaction-chat-input-with-options.json"), Json.Interaction)!;

        Assert.Equal(786008729715212338UL, interaction.Id);
        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal(290926798626357999UL, interaction.GuildId);
        Assert.Equal(645027906669510667UL, interaction.ChannelId);
        Assert.Equal("A_UNIQUE_TOKEN", interaction.Token);
        Assert.Null(interaction.ApplicationId);
        Assert.Equal(53908232506183680UL, interaction.Invoker!.Id);
        Assert.Equal([539082325061836999UL], interaction.Member!.Roles);
        Assert.True(interaction.Member.Has(Permission.ManageChannels));
        Assert.True(Permission.Has(interaction.AppPermissions, Permission.EmbedLinks));
        Assert.False(Permission.Has(interaction.AppPermissions, Permission.SendMessages | Permission.EmbedLinks));
        Assert.Equal("cardsearch", interaction.Data!.Name);
        var option = Assert.Single(interaction.Data.Options!);
        Assert.Equal(ApplicationCommandOptionType.String, option.Type);
        Assert.Equal("The Gitrog Monster", option.Value!.Value.GetString());
    }

    [Fact]
    public void The_partial_autocomplete_payload_parses_with_its_focused_option()
    {
        var interaction = JsonSerializer.Deserialize(DiscordFixtures.Text("interaction-autocomplete-partial.json"), Json.Interaction)!;

        Assert.Equal(InteractionType.ApplicationCommandAutocomplete, interaction.Type);
        Assert.Equal(0UL, interaction.Id);
        Assert.Null(interaction.Invoker);
        var option = Assert.Single(interaction.Data!.Options!);
        Assert.True(option.Focused);
        Assert.Equal("data a user is typ", option.Value!.Value.GetString());
    }

    [Fact]
    public void The_gateway_bot_and_rate_limit_bodies_parse()
    {
        var gateway = JsonSerializer.Deserialize(DiscordFixtures.Text("rest-get-gateway-bot-response.json"), Json.GatewayBot)!;
        var limited = JsonSerializer.Deserialize(DiscordFixtures.Text("rest-429-global-rate-limit-body.json"), Json.RateLimitResponse)!;

        Assert.Equal("wss://gateway.discord.gg/", gateway.Url);
        Assert.Equal(9, gateway.Shards);
        Assert.Equal(new SessionStartLimit(1000, 999, 14400000, 1), gateway.SessionStartLimit);
        Assert.True(limited.Global);
        Assert.Equal(64.57, limited.RetryAfter);
    }

    [Fact]
    public void The_captured_gateway_hello_and_ready_frames_parse()
    {
        var hello = JsonSerializer.Deserialize(DiscordFixtures.Text("gateway-hello-captured.json"), Json.GatewayPayload)!;
        var ready = JsonSerializer.Deserialize(DiscordFixtures.Text("gateway-ready-captured.json"), Json.GatewayPayload)!;

        Assert.Equal(10, hello.Op);
        Assert.Null(hello.S);
        Assert.Equal(41250, hello.D!.Value.Deserialize(Json.GatewayHello)!.HeartbeatInterval);
        Assert.Equal((0, 1, "READY"), (ready.Op, ready.S!.Value, ready.T));
        var data = ready.D!.Value.Deserialize(Json.GatewayReady)!;
        Assert.Equal("bf8eb88e4939e52df093261f3abbc638", data.SessionId);
        Assert.Equal("wss://gateway-us-east1-c.discord.gg", data.ResumeGatewayUrl);
        Assert.Equal(1030118727418646629UL, data.Application!.Id);
        Assert.Equal([967500967257968680UL, 1036881950696288277UL], data.Guilds.Select(g => g.Id));
        Assert.All(data.Guilds, g => Assert.True(g.Unavailable));
    }

    [Fact]
    public void Messages_serialise_in_snake_case_without_nulls_and_keep_an_empty_parse_list()
    {
        var message = MessageCreate.From(new MessagePayload
        {
            Content = "hi",
            AllowedMentions = AllowedMentions.None,
            Components = [Component.Row([Component.LinkButton("arXiv", "https://arxiv.org/abs/1")])],
        }, nonce: "d1-c0");

        var json = JsonSerializer.Serialize(message, Json.MessageCreate);

        Assert.Equal(
            """{"nonce":"d1-c0","enforce_nonce":true,"content":"hi","components":[{"type":1,"components":[{"type":2,"style":5,"label":"arXiv","url":"https://arxiv.org/abs/1"}]}],"allowed_mentions":{"parse":[]}}""",
            json);
    }

    [Fact]
    public void Snowflakes_are_written_as_strings_and_nonces_read_from_numbers()
    {
        var command = new ApplicationCommand("paper", "Show a paper") { GuildId = 290926798626357999, DefaultMemberPermissions = "16", Contexts = [0] };
        var message = JsonSerializer.Deserialize("""{"id":"5","channel_id":"6","nonce":123,"timestamp":"2026-01-01T00:00:00+00:00"}""", Json.DiscordMessage)!;

        Assert.Contains("\"guild_id\":\"290926798626357999\"", JsonSerializer.Serialize(command, Json.ApplicationCommand), StringComparison.Ordinal);
        Assert.Equal((5UL, 6UL, "123"), (message.Id, message.ChannelId, message.Nonce));
    }
}
