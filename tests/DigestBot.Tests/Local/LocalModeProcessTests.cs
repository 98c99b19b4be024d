using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>The bot process in local mode: it stays up, holds its data directory, and stops cleanly.</summary>
public sealed class LocalModeProcessTests : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Without_a_token_the_bot_runs_in_local_mode_until_sigterm_and_exits_0()
    {
        using var bot = DigestBotProcess.Start(["--data", Data]);
        Assert.True(await bot.WaitForOutputAsync("Local mode", StartLimit), bot.Stderr);

        bot.SendSigterm();

        Assert.Equal(0, await bot.WaitForExitAsync(StartLimit));
        Assert.Contains("DigestBot__Discord__Token", bot.Stderr, StringComparison.Ordinal);

        // A service manager's log shows why the bot stopped and that it stopped cleanly: its last line.
        Assert.EndsWith("info  Host: Stopped (SIGTERM)", bot.Stderr.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_bot_on_the_same_data_directory_is_refused_with_a_clear_error()
    {
        using var bot = DigestBotProcess.Start(["--data", Data]);
        Assert.True(await bot.WaitForOutputAsync("Local mode", StartLimit), bot.Stderr);

        using var second = DigestBotProcess.Start(["--data", Data]);
        var secondCode = await second.WaitForExitAsync(StartLimit);

        Assert.Equal(1, secondCode);
        Assert.Contains("is in use by a running digestbot; stop it first", second.Stderr, StringComparison.Ordinal);
        Assert.Single(second.Stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_sigkilled_holder_leaves_no_stale_lock()
    {
        using (var bot = DigestBotProcess.Start(["--data", Data]))
        {
            Assert.True(await bot.WaitForOutputAsync("Local mode", StartLimit), bot.Stderr);
            bot.SendSigkill();
            Assert.Equal(137, await bot.WaitForExitAsync(StartLimit));
        }

        var (code, stdout, _) = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);

        Assert.Equal(0, code);
        Assert.Contains("\"papers\": 0", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_interactive_prompt_runs_commands_with_an_optional_slash_and_stops_at_end_of_input()
    {
        using var bot = DigestBotProcess.Start(["--data", Data, "--interactive"]);
        await bot.Input.WriteLineAsync("/status");
        await bot.Input.WriteLineAsync("papers --limit 5");
        await bot.Input.WriteLineAsync("/paper 2412.13795");
        await bot.Input.WriteLineAsync("/help");
        bot.Input.Close();

        var code = await bot.WaitForExitAsync(StartLimit);

        Assert.Equal(0, code);
        Assert.Contains("digestbot> ", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("Papers: 0", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("No papers stored yet.", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("no paper 2412.13795 here — try search", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("papers [--limit N] [--json]", bot.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_the_prompt_a_search_prints_readable_ranked_results()
    {
        var file = _temp.Combine("daily-page.jsonl");
        SnapshotFile.WriteDailyPage(file);
        var import = await DigestBotProcess.RunAsync("--data", Data, "import", file, "--format", "arxiv-snapshot");
        Assert.Equal(0, import.ExitCode);

        using var bot = DigestBotProcess.Start(["--data", Data, "--interactive"]);
        await bot.Input.WriteLineAsync("/search layer normalization");
        bot.Input.Close();
        Assert.Equal(0, await bot.WaitForExitAsync(StartLimit));

        // A count line, then numbered results, best first, each with its id and a snippet with the terms in bold.
        Assert.Matches(@"\d+ papers match “layer normalization”; showing 1–\d+", bot.Stdout);
        Assert.Contains("1. ", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("2. ", bot.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\*\*(layer|normalization|Layer|Normalization)\*\*", bot.Stdout);
        Assert.True(bot.Stdout.IndexOf("1. ", StringComparison.Ordinal) < bot.Stdout.IndexOf("2. ", StringComparison.Ordinal));
    }
}
