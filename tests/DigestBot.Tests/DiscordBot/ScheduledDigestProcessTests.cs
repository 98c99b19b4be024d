using System.Text.Json.Nodes;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>End to end through the host: the bot in Gateway mode registers its commands with the fake and posts a scheduled digest.</summary>
public sealed class ScheduledDigestProcessTests() : FakeDiscordProcessTest("scheduled-digest-token")
{
    private const string Channel = "500";

    [Fact]
    public async Task The_running_bot_registers_its_commands_and_posts_the_channels_digest()
    {
        await Cli("watch", "add", "cat:cs.AI", "--name", "ai", "--channel", Channel);
        await Cli("schedule", "set", "instant", "--channel", Channel);
        await Cli("import", Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), "--notify");

        using var bot = DigestBotProcess.Start(["--data", Data], Settings());
        // Registration and the instant digest run independently at start: wait for both before stopping the bot.
        for (var i = 0; i < 600 && (Titles().Count < 3 || Fake.Commands.Registered(null) is null)
            && !bot.Stderr.Contains("error", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
        }

        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));
        Assert.Equal(3, Titles().Distinct().Count());
        Assert.Equal(3, Titles().Count);
        Assert.NotNull(Fake.Commands.Registered(null));
        Assert.Contains("📚 3 new papers", Fake.Channels.Messages(500)[0]["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, bot.Stderr + bot.Stdout, StringComparison.Ordinal);
    }

    private List<string> Titles() =>
        [.. Fake.Channels.ChannelIds
            .SelectMany(Fake.Channels.Messages)
            .SelectMany(m => m["embeds"] is JsonArray embeds ? embeds : [])
            .Select(e => e!["title"]!.GetValue<string>())];

    private async Task Cli(params string[] args)
    {
        var result = await DigestBotProcess.RunAsync([.. args, "--data", Data], Settings());
        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    private Dictionary<string, string> Settings() => Environment(("DigestBot__Sources__FreshnessDays", "3650"));
}
