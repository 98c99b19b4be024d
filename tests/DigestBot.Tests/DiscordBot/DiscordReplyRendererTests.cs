using System.Net.Http.Headers;
using System.Text;
using Discord;
using DigestBot.Commands;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>Whatever a reply holds, what the renderer makes passes the fake's Discord validation.</summary>
public class DiscordReplyRendererTests
{
    private static void AssertValid(IReadOnlyList<DiscordMessage> messages, bool ephemeral)
    {
        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            var kind = ephemeral ? FakeMessageKind.Interaction : FakeMessageKind.Create;
            var error = FakeMessageValidator.Validate(DiscordJson.Of(message), kind);
            Assert.True(error is null, error?.Body?.ToJsonString());
            Assert.InRange(message.Embeds.Count, 0, EmbedLimits.EmbedsPerMessage);
            Assert.InRange(message.Embeds.Sum(EmbedLimits.Size), 0, EmbedLimits.TotalPerMessage);
            Assert.Equal(ephemeral, message.Ephemeral);
        }

        var urls = messages.SelectMany(m => m.Embeds).Select(e => e.Url).OfType<string>().ToList();
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_forty_paper_digest_with_huge_titles_300_authors_latex_and_mentions_fits_every_limit()
    {
        var reply = HostileReplies.Digest();

        var messages = DiscordReplyRenderer.Render(reply);

        AssertValid(messages, ephemeral: false);
        var embeds = messages.SelectMany(m => m.Embeds).ToList();
        Assert.Equal(41, embeds.Count);
        Assert.All(embeds, e => Assert.True(e.Title!.Length <= 256 && e.Title.EndsWith('…')));
        Assert.Equal("https://arxiv.org/abs/2401.00001#2", embeds[^1].Url);
        Assert.Equal(25, messages[0].Components!.Components.Cast<ActionRowComponent>().Sum(r => r.Components.Count));
        var text = string.Concat(messages.Select(m => m.Content)) + string.Concat(embeds.Select(e => e.Title + e.Description + string.Concat(e.Fields.Select(f => f.Name + f.Value))));
        Assert.DoesNotContain(" @everyone", text, StringComparison.Ordinal);
        Assert.Contains(@"\@everyone", text, StringComparison.Ordinal);
        Assert.Contains(@"\\mathcal", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_forty_paper_digest_is_accepted_by_the_fake_as_posts_and_as_an_interaction_reply_as_discord_net_sends_them()
    {
        // Payloads are judged here, not pacing: a plain Discord.Net client (no GlobalPace) learns the global limit
        // only from a 429, so the fake's is raised out of the way (DiscordRateLimitTests covers pacing).
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            GlobalRequestsPerSecond = 1000,
            Messages = new FakeBucketRule("messages", 100, TimeSpan.FromSeconds(5)),
            Interactions = new FakeBucketRule("interactions", 100, TimeSpan.FromSeconds(5)),
        });
        await using var rest = await FakeRest.LoginAsync(fake);
        var messages = DiscordReplyRenderer.Render(HostileReplies.Digest());
        var ephemeral = DiscordReplyRenderer.Render(HostileReplies.Digest() with { Ephemeral = true });
        var channel = (IMessageChannel)await rest.GetChannelAsync(77);
        foreach (var message in messages)
        {
            await channel.SendMessageAsync(message.Content, embeds: [.. message.Embeds], allowedMentions: DiscordMessage.NoMentions, components: message.Components);
        }

        // Parsed only now: Discord.Net refuses to build a response more than 3 s after it read the interaction.
        var interaction = await rest.ParseHttpInteractionAsync(Signer.Key, Signer.Sign("1", Body), "1", Body, _ => false);

        // Http mode writes this JSON into its response; here it goes to the callback route for the fake to judge.
        var answer = interaction.Respond(ephemeral[0].Content, [.. ephemeral[0].Embeds], ephemeral: true, allowedMentions: DiscordMessage.NoMentions, components: ephemeral[0].Components);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "DiscordBot (https://example.org, 1.0)");
        using var callback = await http.PostAsync(new Uri($"{fake.ApiBaseUrl}/interactions/{interaction.Id}/{interaction.Token}/callback"), new StringContent(answer, Encoding.UTF8, "application/json"));
        Assert.True(callback.IsSuccessStatusCode, await callback.Content.ReadAsStringAsync());
        foreach (var message in ephemeral.Skip(1))
        {
            await interaction.FollowupAsync(message.Content, [.. message.Embeds], ephemeral: true, allowedMentions: DiscordMessage.NoMentions, components: message.Components);
        }

        Assert.Equal(System.Net.HttpStatusCode.NoContent, callback.StatusCode);
        Assert.Equal(messages.Count, fake.Channels.Messages(77).Count);
        Assert.Equal(ephemeral.Count - 1, fake.Interactions.Followups(interaction.Token).Count);
        Assert.All(fake.Requests, r => Assert.True(r.Status is 200 or 204, $"{r} {r.ErrorBody}"));
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
        var buttons = Assert.IsType<ActionRowComponent>(Assert.Single(message.Components!.Components)).Components.Cast<ButtonComponent>().ToList();
        Assert.Equal((ButtonStyle.Link, "https://arxiv.org"), (buttons[0].Style, buttons[0].Url));
        Assert.Equal((ButtonStyle.Secondary, "refresh"), (buttons[1].Style, buttons[1].CustomId));
    }

    [Fact]
    public void Failures_are_ephemeral_and_an_empty_reply_still_says_something()
    {
        var failure = Assert.Single(DiscordReplyRenderer.Render(Reply.Failure("paper failed: boom")));
        var empty = Assert.Single(DiscordReplyRenderer.Render(new Reply()));

        Assert.True(failure.Ephemeral);
        Assert.Equal("paper failed\\: boom", failure.Content);
        Assert.Equal("Done.", empty.Content);
    }

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(Interactions.Command(1, "help").ToJsonString());

    /// <summary>Discord's side: signs the interaction the reply answers.</summary>
    private static class Signer
    {
        private static readonly Ed25519Signer Discord = new();

        public static string Key => Convert.ToHexStringLower(Discord.PublicKey);

        public static string Sign(string stamp, byte[] body) => Convert.ToHexStringLower(Discord.Sign([.. Encoding.UTF8.GetBytes(stamp), .. body]));
    }
}
