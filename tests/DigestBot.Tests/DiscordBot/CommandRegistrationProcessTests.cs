using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>The real executable in Gateway mode with <c>Discord:ApiBaseUrl</c> pointing at the fake Discord.</summary>
public sealed class CommandRegistrationProcessTests() : FakeDiscordProcessTest("process-test-token-SECRET")
{
    private DigestBotProcess Start(string guildId, string? token = null) => DigestBotProcess.Start(
        ["--data", Data],
        Environment(("DigestBot__Discord__GuildId", guildId), ("DigestBot__Discord__Token", token ?? Token)));

    // Every command the app defines, less the local-only ones (import, reindex); sub-commands group under one name.
    private static readonly string[] SlashCommands = ["cite", "digest", "help", "paper", "papers", "schedule", "search", "similar", "sources", "status", "summary", "watch"];

    private static async Task StopAsync(DigestBotProcess bot)
    {
        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));
    }

    [Fact]
    public async Task The_bot_registers_its_commands_to_the_guild_at_start_and_not_again_when_they_are_unchanged()
    {
        using (var first = Start("4242"))
        {
            Assert.True(await first.WaitForOutputAsync($"Registered {SlashCommands.Length} Discord commands (guild 4242)", Limit), first.Stderr);
            await StopAsync(first);
            Assert.DoesNotContain(Token, first.Stderr + first.Stdout, StringComparison.Ordinal);
        }

        using (var second = Start("4242"))
        {
            Assert.True(await second.WaitForOutputAsync("Discord commands unchanged since the last registration (guild 4242)", Limit), second.Stderr);
            await StopAsync(second);
        }

        Assert.Equal(1, Fake.Commands.Overwrites);
        var registered = Fake.Commands.Registered(4242)!;
        Assert.Equal(SlashCommands, registered.Select(c => c!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Null(Fake.Commands.Registered(null));
        Assert.All(Fake.Requests, r => Assert.True(r.HasBotToken && r.Status == 200, r.ToString()));
        Assert.Contains(Fake.Requests, r => r.Route == "GET /oauth2/applications/@me");
    }

    [Fact]
    public async Task Without_a_guild_the_commands_are_registered_globally()
    {
        using var bot = Start(string.Empty);
        Assert.True(await bot.WaitForOutputAsync($"Registered {SlashCommands.Length} Discord commands (global)", Limit), bot.Stderr);
        await StopAsync(bot);

        Assert.Equal(SlashCommands.Length, Fake.Commands.Registered(null)!.Count);
    }

    [Fact]
    public async Task A_rejected_token_ends_the_bot_with_exit_2_and_one_line_without_the_token_and_nothing_is_retried()
    {
        const string wrong = "wrong-token-SECRET";
        using var bot = Start(string.Empty, wrong);

        Assert.Equal(2, await bot.WaitForExitAsync(Limit));
        var output = bot.Stderr + bot.Stdout;
        Assert.Single(output.Split('\n'), l => l.Contains("rejected the bot token", StringComparison.Ordinal));
        Assert.DoesNotContain(wrong, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        // Registration and the gateway may each ask once, side by side, before the first 401 stops everything.
        Assert.InRange(Fake.Requests.Count, 1, 2);
        Assert.All(Fake.Requests, r => Assert.Equal(401, r.Status));
        Assert.Equal(0, Fake.Commands.Overwrites);
        Assert.Empty(Fake.Gateway.Connections);
    }
}
