using System.Text.Json;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Control;

/// <summary>CLI verbs while a bot holds the data directory: they run in that bot, over its control socket.</summary>
public sealed class ControlSocketProcessTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    private string Socket => Path.Combine(Data, "control.sock");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Status_and_watch_add_run_in_the_running_bot_and_change_its_store()
    {
        using var bot = await StartBotAsync();

        var status = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);
        var add = await DigestBotProcess.RunAsync("watch", "add", "\"layer normalization\"", "--name", "norms", "--channel", "42", "--data", Data);
        var liveStatus = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);
        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));
        var list = await DigestBotProcess.RunAsync("watch", "list", "--channel", "42", "--json", "--data", Data);
        var stoppedStatus = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);

        Assert.Equal((0, string.Empty), (status.ExitCode, status.Stderr));
        using (var json = JsonDocument.Parse(status.Stdout))
        {
            Assert.Equal(0, json.RootElement.GetProperty("papers").GetInt32());
        }

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("norms", add.Stdout, StringComparison.Ordinal);
        Assert.Contains("Control socket: running status for the CLI", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("Control socket: running watch add for the CLI", bot.Stderr, StringComparison.Ordinal);

        // The bot's store changed: the stopped directory, opened directly, has the watch in channel 42.
        Assert.Equal(0, list.ExitCode);
        using (var watches = JsonDocument.Parse(list.Stdout))
        {
            var watch = Assert.Single(watches.RootElement.EnumerateArray());
            Assert.Equal("norms", watch.GetProperty("name").GetString());
            Assert.Equal("\"layer normalization\"", watch.GetProperty("query").GetString());
        }

        // --json is the same whether the bot or the CLI ran the command.
        Assert.Equal(0, stoppedStatus.ExitCode);
        Assert.Equal(stoppedStatus.Stdout, liveStatus.Stdout);
        Assert.Contains("\"channel\": \"42\"", liveStatus.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_sent_to_the_bot_exits_2_with_one_line()
    {
        using var bot = await StartBotAsync();

        // Input wrong whatever the data holds (a query's syntax) is refused before the bot is asked; this needs the bot's data.
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("watch", "remove", "99", "--channel", "42", "--data", Data);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("watch: this channel has no watch 99 (see watch list)", Assert.Single(stderr.TrimEnd().Split('\n')));
        Assert.Contains("Control socket: running watch remove", bot.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_lines_of_a_slow_command_reach_the_cli_stderr()
    {
        using var bot = await StartBotAsync();

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("reindex", "--data", Data);

        Assert.Equal(0, code);
        Assert.Contains("search index rebuilt: 0 papers", stdout, StringComparison.Ordinal);
        Assert.Contains("search index: 0 papers indexed in", stderr, StringComparison.Ordinal);
        Assert.Contains("Control socket: running reindex", bot.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_import_path_is_the_cli_working_directory_s_not_the_bot_s()
    {
        using var bot = await StartBotAsync();
        var fixture = Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml");
        var relative = Path.GetRelativePath(_temp.Path, fixture);

        var import = await DigestBotProcess.RunAsync(["import", relative, "--data", Data], null, workingDirectory: _temp.Path);
        var status = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("imported 3 new", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("Control socket: running import", bot.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(status.Stdout);
        Assert.Equal(3, json.RootElement.GetProperty("papers").GetInt32());
    }

    [Fact]
    public async Task A_stale_socket_left_by_a_killed_bot_does_not_confuse_the_cli()
    {
        using (var killed = await StartBotAsync())
        {
            killed.SendSigkill();
            await killed.WaitForExitAsync(Limit);
        }

        Assert.True(File.Exists(Socket));
        var direct = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);
        using var bot = await StartBotAsync();
        var throughBot = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);

        Assert.Equal((0, string.Empty), (direct.ExitCode, direct.Stderr));
        Assert.Equal((0, string.Empty), (throughBot.ExitCode, throughBot.Stderr));
        Assert.Equal(direct.Stdout, throughBot.Stdout);
        Assert.Contains("Control socket: running status", bot.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_socket_is_owner_only_and_gone_after_a_clean_stop()
    {
        using var bot = await StartBotAsync();

        var mode = File.GetUnixFileMode(Socket);
        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.False(File.Exists(Socket));
    }

    [Fact]
    public async Task A_command_run_in_the_bot_adds_no_line_to_its_output_at_the_default_log_level()
    {
        using var bot = await StartBotAsync(debug: false);

        var (code, _, _) = await DigestBotProcess.RunAsync("status", "--data", Data);
        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));

        Assert.Equal(0, code);
        Assert.DoesNotContain("Control socket", bot.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The bot, with its control socket's Debug line (<c>Control socket: running …</c>) shown unless told otherwise.</summary>
    private async Task<DigestBotProcess> StartBotAsync(bool debug = true)
    {
        var bot = DigestBotProcess.Start(
            ["--data", Data],
            debug ? new Dictionary<string, string> { ["Logging__LogLevel__DigestBot.Control"] = "Debug" } : null);
        Assert.True(await bot.WaitForOutputAsync("Local mode", Limit), bot.Stderr);
        return bot;
    }
}
