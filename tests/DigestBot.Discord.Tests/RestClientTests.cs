using DigestBot.Discord.Models;
using DigestBot.Discord.Rest;
using DigestBot.Discord.Tests.Support;

namespace DigestBot.Discord.Tests;

/// <summary>Each REST call against the fake, as Discord would see it.</summary>
public class RestClientTests
{
    private static MessageCreate Text(string text, string? nonce = null) =>
        MessageCreate.From(new MessagePayload { Content = text, AllowedMentions = AllowedMentions.None }, nonce);

    [Fact]
    public async Task A_message_goes_out_with_the_bot_token_a_discord_user_agent_and_json()
    {
        await using var h = await DiscordHarness.StartAsync();

        var message = await h.Run(h.Client.CreateMessageAsync(42, Text("hello")));

        Assert.Equal(42UL, message.ChannelId);
        Assert.Equal("hello", message.Content);
        Assert.True(message.Author!.Bot);
        var request = Assert.Single(h.Fake.Requests);
        Assert.True(request.HasBotToken);
        Assert.Matches(@"^DiscordBot \(https://[^,]+, \d+\.\d+\.\d+\)$", request.UserAgent);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("POST /channels/{channel_id}/messages", request.Route);
        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_can_be_edited_listed_newest_first_and_threaded_once()
    {
        await using var h = await DiscordHarness.StartAsync();
        var first = await h.Run(h.Client.CreateMessageAsync(7, Text("one")));
        var second = await h.Run(h.Client.CreateMessageAsync(7, Text("two")));

        var edited = await h.Run(h.Client.EditMessageAsync(7, first.Id, new MessagePayload { Content = "one, edited" }));
        var recent = await h.Run(h.Client.GetMessagesAsync(7, limit: 10));
        var older = await h.Run(h.Client.GetMessagesAsync(7, limit: 10, before: second.Id));
        var thread = await h.Run(h.Client.StartThreadFromMessageAsync(7, second.Id, new StartThread("More papers") { AutoArchiveDuration = 1440 }));
        var again = await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.StartThreadFromMessageAsync(7, second.Id, new StartThread("Again"))));
        var inThread = await h.Run(h.Client.CreateMessageAsync(thread.Id, Text("overflow")));

        Assert.NotNull(edited.EditedTimestamp);
        Assert.Equal(["two", "one, edited"], recent.Select(m => m.Content));
        Assert.Equal([first.Id], older.Select(m => m.Id));
        Assert.Equal((second.Id, DiscordChannel.PublicThread, 7UL), (thread.Id, thread.Type, thread.ParentId!.Value));
        Assert.Equal(DiscordErrorCodes.ThreadAlreadyExists, again.Code);
        Assert.Equal(thread.Id, inThread.ChannelId);
    }

    [Fact]
    public async Task Interactions_are_answered_edited_and_followed_up_without_the_bot_token()
    {
        await using var h = await DiscordHarness.StartAsync();
        const string token = "interaction-token/with+odd=chars";

        await h.Run(h.Client.CreateInteractionResponseAsync(99, token, InteractionResponse.Defer(ephemeral: true)));
        var original = await h.Run(h.Client.EditOriginalResponseAsync(h.ApplicationId, token, new MessagePayload { Content = "done", AllowedMentions = AllowedMentions.None }));
        var followup = await h.Run(h.Client.CreateFollowupMessageAsync(h.ApplicationId, token, new MessagePayload { Content = "more", Flags = MessageFlags.Ephemeral }));
        var editedFollowup = await h.Run(h.Client.EditFollowupMessageAsync(h.ApplicationId, token, followup.Id, new MessagePayload { Content = "more!" }));
        var twice = await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.CreateInteractionResponseAsync(99, token, InteractionResponse.Pong)));

        Assert.Equal("done", original.Content);
        Assert.Equal("more!", editedFollowup.Content);
        Assert.Equal(DiscordErrorCodes.InteractionAlreadyAcknowledged, twice.Code);
        Assert.Equal(5, h.Fake.Interactions.Response(99)!["type"]!.GetValue<int>());
        Assert.All(h.Fake.Requests, r => Assert.False(r.HasAuthorization));
        Assert.DoesNotContain(token, h.Logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_are_overwritten_globally_and_per_guild_and_the_application_and_gateway_are_read()
    {
        await using var h = await DiscordHarness.StartAsync();
        IReadOnlyList<ApplicationCommand> commands =
        [
            new("paper", "Show one paper") { Options = [new(ApplicationCommandOptionType.String, "id", "arXiv id") { Required = true }], Contexts = [0] },
            new("watch", "Keyword watches")
            {
                DefaultMemberPermissions = "16",
                Options = [new(ApplicationCommandOptionType.SubCommand, "add", "Add a watch") { Options = [new(ApplicationCommandOptionType.String, "query", "Query") { Required = true }] }],
            },
        ];

        var app = await h.Run(h.Client.GetCurrentApplicationAsync());
        var global = await h.Run(h.Client.BulkOverwriteGlobalCommandsAsync(app.Id, commands));
        var guild = await h.Run(h.Client.BulkOverwriteGuildCommandsAsync(app.Id, 555, commands));
        var gateway = await h.Run(h.Client.GetGatewayBotAsync());

        Assert.Equal(h.ApplicationId, app.Id);
        Assert.All(global, c => Assert.NotNull(c.Id));
        Assert.All(guild, c => Assert.Equal(555UL, c.GuildId));
        Assert.Equal("16", global[1].DefaultMemberPermissions);
        Assert.Equal(2, h.Fake.Commands.Overwrites);
        Assert.StartsWith("ws://127.0.0.1:", gateway.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discord_errors_become_one_exception_with_the_json_code()
    {
        await using var h = await DiscordHarness.StartAsync();
        h.Fake.Channels.Unknown[1] = true;
        h.Fake.Channels.NoAccess[2] = true;
        h.Fake.Channels.NoPermission[3] = true;

        var errors = new List<DiscordException>();
        foreach (var channel in new ulong[] { 1, 2, 3 })
        {
            errors.Add(await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.CreateMessageAsync(channel, Text("x")))));
        }

        var invalid = await Assert.ThrowsAsync<DiscordException>(() => h.Run(h.Client.CreateMessageAsync(4, Text(new string('x', 2001)))));

        Assert.Equal([10003, 50001, 50013], errors.Select(e => e.Code));
        Assert.All(errors, e => Assert.True(e.IsPermanentForChannel && !e.IsTransient));
        Assert.Equal((400, DiscordErrorCodes.InvalidFormBody), (invalid.HttpStatus, invalid.Code));
        Assert.Contains("content: Must be 2000 or fewer in length.", invalid.Message, StringComparison.Ordinal);
        Assert.Equal(2, h.Client.InvalidRequestCount);
    }
}
