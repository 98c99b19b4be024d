using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Commands;
using DigestBot.Discord.Json;
using DigestBot.Discord.Models;
using DigestBot.Discord.Rest;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;

namespace DigestBot.Tests.DiscordBot;

/// <summary>Whatever a reply holds, what the renderer makes passes the fake's Discord validation.</summary>
public class DiscordReplyRendererTests
{
    private static JsonNode Json(MessagePayload message) =>
        JsonNode.Parse(JsonSerializer.Serialize(InteractionCallbackData.From(message), DiscordJsonContext.Default.InteractionCallbackData))!;

    private static void AssertValid(IReadOnlyList<MessagePayload> messages, bool ephemeral)
    {
        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            var kind = ephemeral ? FakeMessageKind.Interaction : FakeMessageKind.Create;
            var error = FakeMessageValidator.Validate(Json(message), kind);
            Assert.True(error is null, error?.Body?.ToJsonString());
            Assert.Equal("""{"parse":[]}""", Json(message)["allowed_mentions"]!.ToJsonString());
            Assert.InRange(message.Embeds?.Count ?? 0, 0, EmbedLimits.EmbedsPerMessage);
            Assert.InRange(message.Embeds?.Sum(EmbedLimits.Size) ?? 0, 0, EmbedLimits.TotalPerMessage);
            Assert.Equal(ephemeral ? MessageFlags.Ephemeral : null, message.Flags);
        }

        var urls = messages.SelectMany(m => m.Embeds ?? []).Select(e => e.Url).OfType<string>().ToList();
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_forty_paper_digest_with_huge_titles_300_authors_latex_and_mentions_fits_every_limit()
    {
        var reply = HostileReplies.Digest();

        var messages = DiscordReplyRenderer.Render(reply);

        AssertValid(messages, ephemeral: false);
        var embeds = messages.SelectMany(m => m.Embeds ?? []).ToList();
        Assert.Equal(41, embeds.Count);
        Assert.All(embeds, e => Assert.True(e.Title!.Length <= 256 && e.Title.EndsWith('…')));
        Assert.Equal("https://arxiv.org/abs/2401.00001#2", embeds[^1].Url);
        Assert.Equal(25, messages[0].Components!.Sum(r => r.Components!.Count));
        var text = string.Concat(messages.Select(m => m.Content)) + string.Concat(embeds.Select(e => e.Title + e.Description + string.Concat((e.Fields ?? []).Select(f => f.Name + f.Value))));
        Assert.DoesNotContain(" @everyone", text, StringComparison.Ordinal);
        Assert.Contains(@"\@everyone", text, StringComparison.Ordinal);
        Assert.Contains(@"\\mathcal", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_forty_paper_digest_is_accepted_by_the_fake_as_posts_and_as_an_interaction_reply()
    {
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            Messages = new FakeBucketRule("messages", 100, TimeSpan.FromSeconds(5)),
            Interactions = new FakeBucketRule("interactions", 100, TimeSpan.FromSeconds(5)),
        });
        using var http = new HttpClient();
        var client = new DiscordRestClient(http, new DiscordRestOptions { Token = fake.Options.Token, ApiBaseUrl = fake.ApiBaseUrl });
        var messages = DiscordReplyRenderer.Render(HostileReplies.Digest());
        var ephemeral = DiscordReplyRenderer.Render(HostileReplies.Digest() with { Ephemeral = true });

        foreach (var (message, i) in messages.Select((m, i) => (m, i)))
        {
            await client.CreateMessageAsync(77, MessageCreate.From(message, nonce: $"digest-1-{i}"));
        }

        await client.CreateInteractionResponseAsync(1, "token", InteractionResponse.Message(ephemeral[0]));
        foreach (var message in ephemeral.Skip(1))
        {
            await client.CreateFollowupMessageAsync(fake.Options.ApplicationId, "token", message);
        }

        Assert.Equal(messages.Count, fake.Channels.Messages(77).Count);
        Assert.Equal(ephemeral.Count - 1, fake.Interactions.Followups("token").Count);
        Assert.All(fake.Requests, r => Assert.True(r.Status == (r.Route!.StartsWith("POST /interactions", StringComparison.Ordinal) ? 204 : 200), $"{r} {r.ErrorBody}"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_hostile_replies_always_render_to_valid_messages(int seed)
    {
        var reply = HostileReplies.Random(seed);

        AssertValid(DiscordReplyRenderer.Render(reply), reply.Ephemeral);
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Fact]
    public void Plain_replies_stay_one_message_with_their_text_and_link_buttons()
    {
        var reply = new Reply { Text = "No papers stored yet.", Buttons = [new ReplyButton("arXiv") { Url = "https://arxiv.org" }, new ReplyButton("Refresh") { Action = "refresh" }] };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply));

        Assert.Equal("No papers stored yet.", message.Content);
        var buttons = Assert.Single(message.Components!).Components!;
        Assert.Equal((ButtonStyle.Link, "https://arxiv.org"), (buttons[0].Style!.Value, buttons[0].Url));
        Assert.Equal((ButtonStyle.Secondary, "refresh"), (buttons[1].Style!.Value, buttons[1].CustomId));
    }

    [Fact]
    public void Failures_are_ephemeral_and_an_empty_reply_still_says_something()
    {
        var failure = Assert.Single(DiscordReplyRenderer.Render(Reply.Failure("paper failed: boom")));
        var empty = Assert.Single(DiscordReplyRenderer.Render(new Reply()));

        Assert.Equal(MessageFlags.Ephemeral, failure.Flags);
        Assert.Equal("paper failed\\: boom", failure.Content);
        Assert.Equal("Done.", empty.Content);
    }
}
