using System.Globalization;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// The real executable against the fake Discord when Discord will not have the bot: a refused or revoked token, or a
/// gateway close code that forbids reconnecting, ends it with exit code 2 (which systemd does not restart) and one line
/// on stderr, in both modes, and nothing is tried again meanwhile.
/// </summary>
public sealed class FatalStopProcessTests() : FakeDiscordProcessTest("fatal-stop-token-SECRET")
{
    private const string Channel = "500";

    private Dictionary<string, string> Http(SignedRequests discord, string? token = null) => Environment(
        ("DigestBot__Discord__Mode", "Http"),
        ("DigestBot__Discord__Token", token ?? Token),
        ("DigestBot__Discord__ApplicationId", Fake.Options.ApplicationId.ToString(CultureInfo.InvariantCulture)),
        ("DigestBot__Discord__PublicKey", discord.PublicKeyHex),
        ("DigestBot__Discord__Http__ListenUrls", "http://127.0.0.1:0"),
        ("DigestBot__Sources__FreshnessDays", "3650"));

    [Fact]
    public async Task A_fatal_close_code_in_gateway_mode_ends_the_bot_with_exit_2_and_one_line()
    {
        using var bot = DigestBotProcess.Start(["--data", Data], Environment());
        Assert.True(await bot.WaitForOutputAsync("Connected to the Discord gateway", Limit), bot.Stderr);

        await Fake.Gateway.CloseAsync(4014, "Disallowed intent(s)");

        Assert.Equal(2, await bot.WaitForExitAsync(Limit));
        AssertOneLine(bot, "4014 Disallowed intent(s)");
        Assert.Single(Fake.Gateway.Connections);
    }

    [Fact]
    public async Task A_token_revoked_while_the_gateway_runs_ends_the_bot_with_exit_2_and_one_line()
    {
        using var bot = DigestBotProcess.Start(["--data", Data], Environment());
        Assert.True(await bot.WaitForOutputAsync("Connected to the Discord gateway", Limit), bot.Stderr);
        Fake.TokenRevoked = true;

        await Fake.Gateway.CloseAsync(4000, "Unknown error");

        Assert.Equal(2, await bot.WaitForExitAsync(Limit));
        AssertOneLine(bot, "bot token");
        // Discord.Net asks where to reconnect, or resumes: whichever meets the refusal first ends it.
        Assert.InRange(Fake.Requests.Count(r => r.Status == 401), 0, 2);
        Assert.InRange(Fake.Gateway.Connections.Count, 1, 2);
    }

    [Fact]
    public async Task A_refused_token_in_http_mode_ends_the_bot_with_exit_2_and_one_line_before_it_listens()
    {
        using var discord = new SignedRequests();
        using var bot = DigestBotProcess.Start(["--data", Data], Http(discord, "wrong-token-SECRET"));

        Assert.Equal(2, await bot.WaitForExitAsync(Limit));
        AssertOneLine(bot, "rejected the bot token");
        Assert.DoesNotContain("wrong-token-SECRET", bot.Stderr + bot.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("listening on", bot.Stderr + bot.Stdout, StringComparison.Ordinal);
        Assert.All(Fake.Requests, r => Assert.Equal(401, r.Status));
        Assert.InRange(Fake.Requests.Count, 1, 2);
    }

    [Fact]
    public async Task A_token_revoked_while_http_mode_runs_ends_the_bot_at_its_next_digest_post_with_exit_2_and_one_line()
    {
        await Cli("watch", "add", "cat:cs.AI", "--name", "ai", "--channel", Channel);
        await Cli("schedule", "set", "instant", "--channel", Channel);
        using var discord = new SignedRequests();
        using var bot = DigestBotProcess.Start(["--data", Data], Http(discord));
        Assert.True(await bot.WaitForOutputAsync("Registered", Limit), bot.Stderr);
        Fake.TokenRevoked = true;
        var before = Fake.Requests.Count;

        // Through the running bot's control socket: the papers it matches are due at once.
        await Cli("import", Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), "--notify");

        Assert.Equal(2, await bot.WaitForExitAsync(Limit));
        AssertOneLine(bot, "rejected the bot token");
        Assert.Single(Fake.Requests.Skip(before), r => r.Status == 401);
        Assert.Empty(Fake.Channels.Messages(500));
    }

    private void AssertOneLine(DigestBotProcess bot, string says)
    {
        var output = bot.Stderr + bot.Stdout;
        var line = Assert.Single(output.Split('\n'), l => l.Contains(says, StringComparison.Ordinal));
        Assert.StartsWith("digestbot: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, output, StringComparison.Ordinal);
    }

    private async Task Cli(params string[] args)
    {
        var result = await DigestBotProcess.RunAsync([.. args, "--data", Data], Environment(("DigestBot__Sources__FreshnessDays", "3650")));
        Assert.True(result.ExitCode == 0, result.Stderr);
    }
}
