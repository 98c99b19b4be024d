using System.Text.Json;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Maintenance;

/// <summary><c>backup DIR</c> and <c>restore DIR [--force]</c> as an operator runs them, with and without a running bot.</summary>
public sealed class BackupRestoreProcessTests : IDisposable
{
    private const string Fixture = "arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    private string Backup => _temp.Combine("backup");

    private string Restored => _temp.Combine("restored");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_backup_taken_from_a_running_bot_restores_into_a_new_data_directory()
    {
        using (var bot = DigestBotProcess.Start(["--data", Data], new Dictionary<string, string> { ["Logging__LogLevel__DigestBot.Control"] = "Debug" }))
        {
            Assert.True(await bot.WaitForOutputAsync("Local mode", Limit), bot.Stderr);
            Assert.Equal(0, (await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath(Fixture), "--data", Data)).ExitCode);
            Assert.Equal(0, (await DigestBotProcess.RunAsync("watch", "add", "au:del_maestro", "--channel", "42", "--data", Data)).ExitCode);

            var backup = await DigestBotProcess.RunAsync("backup", Backup, "--data", Data);

            Assert.Equal(0, backup.ExitCode);
            Assert.Contains("backup written to", backup.Stdout, StringComparison.Ordinal);
            Assert.Contains("10 papers", backup.Stdout, StringComparison.Ordinal);
            Assert.Contains("Control socket: running backup", bot.Stderr, StringComparison.Ordinal);
            bot.SendSigterm();
            Assert.Equal(0, await bot.WaitForExitAsync(Limit));
        }

        var restore = await DigestBotProcess.RunAsync("restore", Backup, "--data", Restored);
        var search = await DigestBotProcess.RunAsync("search", "ti:luttinger", "--json", "--data", Restored);
        var watches = await DigestBotProcess.RunAsync("watch", "list", "--channel", "42", "--json", "--data", Restored);
        var original = await DigestBotProcess.RunAsync("papers", "--limit", "100", "--json", "--data", Data);
        var copy = await DigestBotProcess.RunAsync("papers", "--limit", "100", "--json", "--data", Restored);

        Assert.Equal(0, restore.ExitCode);
        Assert.Contains("restored 10 papers", restore.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, search.ExitCode);
        using (var hits = JsonDocument.Parse(search.Stdout))
        {
            Assert.NotEmpty(hits.RootElement.EnumerateArray());
        }

        using (var list = JsonDocument.Parse(watches.Stdout))
        {
            Assert.Equal("au:del_maestro", Assert.Single(list.RootElement.EnumerateArray()).GetProperty("query").GetString());
        }

        Assert.Equal(original.Stdout, copy.Stdout);
        Assert.True(File.Exists(Path.Combine(Backup, "backup.json")));
    }

    [Fact]
    public async Task Restore_refuses_a_data_directory_that_holds_data_unless_forced()
    {
        await DigestBotProcess.RunAsync("backup", Backup, "--data", Data);
        Assert.Equal(0, (await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath(Fixture), "--data", Data)).ExitCode);

        var refused = await DigestBotProcess.RunAsync("restore", Backup, "--data", Data);
        var kept = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);
        var forced = await DigestBotProcess.RunAsync("restore", Backup, "--force", "--data", Data);
        var replaced = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(string.Empty, refused.Stdout);
        Assert.Contains("add --force to replace it", Assert.Single(refused.Stderr.TrimEnd().Split('\n')), StringComparison.Ordinal);
        Assert.Equal(10, Papers(kept.Stdout));
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(0, Papers(replaced.Stdout));
    }

    [Fact]
    public async Task Restore_refuses_while_a_bot_holds_the_target()
    {
        await DigestBotProcess.RunAsync("backup", Backup, "--data", _temp.Combine("elsewhere"));
        using var bot = DigestBotProcess.Start(["--data", Data], new Dictionary<string, string> { ["Logging__LogLevel__DigestBot.Control"] = "Debug" });
        Assert.True(await bot.WaitForOutputAsync("Local mode", Limit), bot.Stderr);

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync("restore", Backup, "--force", "--data", Data);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("a running digestbot holds", Assert.Single(stderr.TrimEnd().Split('\n')), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Data, "digestbot.db")));
    }

    [Fact]
    public async Task Compact_needs_the_bot_stopped_and_then_keeps_every_paper()
    {
        Assert.Equal(0, (await DigestBotProcess.RunAsync("import", Fixtures.RecordedPath(Fixture), "--data", Data)).ExitCode);
        int refusedCode;
        string refusedError, botLog;
        using (var bot = DigestBotProcess.Start(["--data", Data], new Dictionary<string, string> { ["Logging__LogLevel__DigestBot.Control"] = "Debug" }))
        {
            Assert.True(await bot.WaitForOutputAsync("Local mode", Limit), bot.Stderr);
            (refusedCode, _, refusedError) = await DigestBotProcess.RunAsync("compact", "--data", Data);
            var stillServing = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);
            Assert.Equal(10, Papers(stillServing.Stdout));
            bot.SendSigterm();
            Assert.Equal(0, await bot.WaitForExitAsync(Limit));
            botLog = bot.Stderr;
        }

        var compact = await DigestBotProcess.RunAsync("compact", "--data", Data);
        var status = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);

        Assert.Equal(1, refusedCode);
        Assert.Contains("stop it, then compact", Assert.Single(refusedError.TrimEnd().Split('\n')), StringComparison.Ordinal);
        Assert.Contains("Control socket: running compact", botLog, StringComparison.Ordinal);
        Assert.Equal(0, compact.ExitCode);
        Assert.StartsWith("compacted digestbot.db: ", compact.Stdout, StringComparison.Ordinal);
        Assert.Contains("compact: papers: 10 documents", compact.Stderr, StringComparison.Ordinal);
        Assert.Contains("compact: paper_arrivals: 1 document\n", compact.Stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(10, Papers(status.Stdout));
    }

    [Theory]
    [InlineData("restore")]
    [InlineData("backup")]
    public async Task A_folder_that_cannot_be_used_exits_2_with_one_line(string verb)
    {
        // restore: a folder without a backup; backup: a folder that already holds something.
        Directory.CreateDirectory(Backup);
        await File.WriteAllTextAsync(Path.Combine(Backup, "notes.txt"), "not a backup");

        var (code, stdout, stderr) = await DigestBotProcess.RunAsync(verb, Backup, "--data", Data);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static int Papers(string statusJson)
    {
        using var json = JsonDocument.Parse(statusJson);
        return json.RootElement.GetProperty("papers").GetInt32();
    }
}
