using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>
/// Ctrl+C and SIGTERM sent to the real executable while a long one-shot command runs: the command stops where it can
/// stop cleanly, says what it kept, and exits with the signal's code; running it again goes on from there.
/// </summary>
public sealed partial class InterruptedCommandProcessTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ctrl_C_stops_a_snapshot_import_after_a_stored_batch_and_the_same_command_resumes_there()
    {
        const int Papers = 60_000;
        var snapshot = _temp.Combine("snapshot.jsonl");
        SnapshotFile.Write(snapshot, Papers);

        int code;
        string stderr;
        using (var import = DigestBotProcess.Start(["import", snapshot, "--data", Data]))
        {
            // A progress line that counts stored papers: at least one batch is in, and the file is far from done.
            Assert.True(await import.WaitForStderrAsync(StoredSome(), Limit), import.Stderr);
            import.SendSigint();
            code = await import.WaitForExitAsync(Limit);
            stderr = import.Stderr;
            Assert.Equal(string.Empty, import.Stdout);
        }

        Assert.Equal(130, code);
        Assert.Contains("snapshot.jsonl: stopping; the search index is catching up with what was stored", stderr, StringComparison.Ordinal);
        var stopped = StoppedAfter().Match(stderr);
        Assert.True(stopped.Success, stderr);
        var kept = int.Parse(stopped.Groups["line"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.InRange(kept, 5000, Papers - 1);
        Assert.Equal(0, kept % 5000); // batches end on a multiple of the batch size
        Assert.Equal(kept.ToString("N0", CultureInfo.InvariantCulture), stopped.Groups["new"].Value); // grouped, as the line numbers are
        Assert.Equal("digestbot: import cancelled by Ctrl+C", Lines(stderr)[^1]);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);

        var (_, status, _) = await DigestBotProcess.RunAsync("status", "--json", "--data", Data);
        Assert.Equal(kept, JsonDocument.Parse(status).RootElement.GetProperty("papers").GetInt32());

        var again = await DigestBotProcess.RunAsync(["import", snapshot, "--data", Data], null);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"resuming after line {kept:N0}"), again.Stderr, StringComparison.Ordinal);
        Assert.Equal($"imported {Papers - kept} new, 0 updated, 0 unchanged, 0 skipped", again.Stdout.Trim());
    }

    [Fact]
    public async Task Ctrl_C_in_a_cli_whose_import_runs_in_the_bot_cancels_it_there_and_the_bot_stays_up()
    {
        const int Papers = 60_000;
        var snapshot = _temp.Combine("snapshot.jsonl");
        SnapshotFile.Write(snapshot, Papers);
        using var bot = DigestBotProcess.Start(["--data", Data], new Dictionary<string, string> { ["Logging__LogLevel__DigestBot.Control"] = "Debug" });
        Assert.True(await bot.WaitForOutputAsync("Local mode", Limit), bot.Stderr);

        int code;
        string stderr;
        using (var import = DigestBotProcess.Start(["import", snapshot, "--data", Data]))
        {
            Assert.True(await import.WaitForStderrAsync(StoredSome(), Limit), import.Stderr); // its progress, from the bot
            import.SendSigint();
            code = await import.WaitForExitAsync(Limit);
            stderr = import.Stderr;
        }

        Assert.Equal(130, code);
        Assert.Equal("digestbot: import cancelled by Ctrl+C", Lines(stderr)[^1]);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);

        // The bot cancelled the import (the same resumable stop; its connection ends once the import has unwound) and
        // answers the next command.
        Assert.True(await bot.WaitForOutputAsync("Control connection ended", Limit), bot.Stderr);
        var again = await DigestBotProcess.RunAsync(["import", snapshot, "--data", Data], null);
        Assert.Equal(0, again.ExitCode);
        var resuming = ResumingAfter().Match(again.Stderr);
        Assert.True(resuming.Success, again.Stderr);
        var resumedAfter = int.Parse(resuming.Groups["line"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.Equal($"imported {Papers - resumedAfter} new, 0 updated, 0 unchanged, 0 skipped", again.Stdout.Trim());
        Assert.False(bot.HasExited, bot.Stderr);
    }

    [Fact]
    public async Task Ctrl_C_at_the_prompt_cancels_the_command_running_there_and_the_bot_answers_the_next()
    {
        const int Papers = 60_000;
        var snapshot = _temp.Combine("snapshot.jsonl");
        SnapshotFile.Write(snapshot, Papers);
        using var bot = DigestBotProcess.Start(["--data", Data, "--interactive"]);
        await bot.Input.WriteLineAsync($"import '{snapshot}'");
        await bot.Input.FlushAsync();
        Assert.True(await bot.WaitForStderrAsync(StoredSome(), Limit), bot.Stderr);

        bot.SendSigint();

        Assert.True(await bot.WaitForStderrAsync(CancelledAtPrompt(), Limit), bot.Stderr);
        var stopped = StoppedAfter().Match(bot.Stderr);
        Assert.True(stopped.Success, bot.Stderr);
        var kept = int.Parse(stopped.Groups["line"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.InRange(kept, 5000, Papers - 1);

        // The bot is still up: the next line is answered, from the papers the import kept.
        await bot.Input.WriteLineAsync("status --json");
        await bot.Input.FlushAsync();
        Assert.True(await bot.WaitForOutputAsync(string.Create(CultureInfo.InvariantCulture, $"\"papers\": {kept},"), Limit), bot.Stdout + bot.Stderr);

        // With nothing running, Ctrl+C stops the bot, as before, and says so.
        bot.SendSigint();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));
        Assert.DoesNotContain("   at ", bot.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("Host: Stopped (Ctrl+C)", bot.Stderr.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SIGTERM_stops_embed_keeping_the_vectors_it_made_and_status_counts_them()
    {
        const int Papers = 2000;
        var settings = new Dictionary<string, string> { ["DigestBot__Semantic__Enabled"] = "true", ["DigestBot__Semantic__Since"] = "all" };
        var snapshot = _temp.Combine("snapshot.jsonl");
        SnapshotFile.Write(snapshot, Papers);
        var imported = await DigestBotProcess.RunAsync(["import", snapshot, "--data", Data], settings);
        Assert.Equal(0, imported.ExitCode); // more than an import embeds on its own: left to embed

        int code;
        string stderr;
        using (var embed = DigestBotProcess.Start(["embed", "--data", Data], settings))
        {
            Assert.True(await embed.WaitForStderrAsync(EmbeddedSome(), Limit), embed.Stderr);
            embed.SendSigterm();
            code = await embed.WaitForExitAsync(Limit);
            stderr = embed.Stderr;
            Assert.Equal(string.Empty, embed.Stdout);
        }

        Assert.Equal(143, code);
        var stopped = StoppedEmbedding().Match(stderr);
        Assert.True(stopped.Success, stderr);
        var made = int.Parse(stopped.Groups["done"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.InRange(made, 1, Papers - 1);
        Assert.Equal("digestbot: embed cancelled by SIGTERM", Lines(stderr)[^1]);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);

        var (_, status, _) = await DigestBotProcess.RunAsync(["status", "--json", "--data", Data], settings);
        var embedded = JsonDocument.Parse(status).RootElement.GetProperty("semantic").GetProperty("embedded").GetInt32();
        Assert.InRange(embedded, made, Papers - 1);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"lines · [1-9][\d,]* new")]
    private static partial Regex StoredSome();

    [GeneratedRegex(@"stopped after line (?<line>[\d,]+) \((?<new>[\d,]+) new, 0 updated, 0 unchanged, 0 skipped\); the same import goes on from there")]
    private static partial Regex StoppedAfter();

    [GeneratedRegex(@"^import cancelled by Ctrl\+C$", RegexOptions.Multiline)]
    private static partial Regex CancelledAtPrompt();

    [GeneratedRegex(@"resuming after line (?<line>[1-9][\d,]*)")]
    private static partial Regex ResumingAfter();

    [GeneratedRegex(@"\]\s+\d+%\s+[1-9][\d,]* of 2,000 papers")]
    private static partial Regex EmbeddedSome();

    [GeneratedRegex(@"stopped after (?<done>[\d,]+) of 2,000 papers embedded; embed \(or a running bot\) makes the rest")]
    private static partial Regex StoppedEmbedding();
}
