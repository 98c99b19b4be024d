using System.Text.Json;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Local;

/// <summary>
/// Issue 16's acceptance, through the real executable: the offline first run prints at most 8 stderr lines in 60 s.
/// </summary>
/// <remarks>
/// In a real offline minute each source is polled once at start-up (its first poll), four HTTP attempts a few seconds
/// apart, and next on its schedule hours later. Here nothing leaves the machine and the same failures come faster and
/// more often: every source is polled every 2 seconds with 10 ms retry pauses, and the bot is stopped only after the
/// third source's host (one that answers in another protocol, one connection per attempt) has seen its fourth poll
/// begin. By then each source has failed whole polls (four attempts each) several times over, in three different
/// ways: more failures than the offline minute holds, so a line per attempt or per repeated poll would show at once
/// in the count. Afterwards the stored state shows that every source did fail more than once.
/// </remarks>
public sealed class OfflineFirstRunProcessTests : IDisposable
{
    private const int MaxLines = 8;
    private const int AttemptsPerPoll = 4;
    private const int PollsBeforeStop = 4;
    private const string EveryTwoSeconds = "0/2 * * * * ?";
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_offline_first_run_prints_at_most_8_stderr_lines_and_names_each_failing_source_with_a_plain_reason()
    {
        using var other = new RawTcpServer(answer: "SSH-2.0-OpenSSH_9.6\r\n");
        var closedPort = RawTcpServer.ClosedPort();
        var environment = new Dictionary<string, string>
        {
            ["DigestBot__Sources__Enabled"] = "true",
            ["DigestBot__Sources__RetryDelay"] = "00:00:00.010",
            ["DigestBot__Sources__ArxivRequestInterval"] = "00:00:00",

            // The two shipped sources, moved where nothing can answer: nothing listens, a name that never resolves.
            ["DigestBot__Sources__List__arxiv__Url"] = $"http://127.0.0.1:{closedPort}",
            ["DigestBot__Sources__List__arxiv__Schedule"] = EveryTwoSeconds,
            ["DigestBot__Sources__List__hf-daily__Url"] = "http://hf-daily.invalid",
            ["DigestBot__Sources__List__hf-daily__Schedule"] = EveryTwoSeconds,

            // And a host that is there but speaks another protocol: it counts the attempts.
            ["DigestBot__Sources__List__mirror__Type"] = "Feed",
            ["DigestBot__Sources__List__mirror__Url"] = $"{other.BaseUrl}/feed.xml",
            ["DigestBot__Sources__List__mirror__Schedule"] = EveryTwoSeconds,
        };

        using (var bot = DigestBotProcess.Start(["--data", Data], environment))
        {
            // The first attempt of the fourth poll: three whole polls of four attempts are behind it.
            Assert.True(await WaitForConnectionsAsync(other, ((PollsBeforeStop - 1) * AttemptsPerPoll) + 1), bot.Stderr);
            bot.SendSigterm();
            var exit = await bot.WaitForExitAsync(Guard);
            Assert.True(exit == 0, $"exit code {exit}:\n{bot.Stderr}");

            // The running bot's lines: the last one, printed after the stop, says it stopped cleanly.
            var lines = bot.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.EndsWith("Host: Stopped (SIGTERM)", lines[^1], StringComparison.Ordinal);
            lines = lines[..^1];
            Assert.True(lines.Length <= MaxLines, $"{lines.Length} lines:\n{bot.Stderr}");
            Assert.Single(lines, l => l.Contains("hf-daily: ", StringComparison.Ordinal) && l.Contains("name resolution failed for hf-daily.invalid", StringComparison.Ordinal));
            Assert.Single(lines, l => l.Contains($"arxiv: connection refused by 127.0.0.1:{closedPort}; next try ", StringComparison.Ordinal));
            Assert.Single(lines, l => l.Contains($"mirror: 127.0.0.1:{other.Port} sent an answer that is not valid HTTP; next try ", StringComparison.Ordinal));
        }

        // Every source failed more than one poll: the repeats happened, and added no line.
        var (code, stdout, _) = await DigestBotProcess.RunAsync(["sources", "--json", "--data", Data], environment);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        foreach (var name in new[] { "arxiv", "hf-daily", "mirror" })
        {
            var source = json.RootElement.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
            Assert.NotEqual(JsonValueKind.Null, source.GetProperty("lastError").ValueKind);
            Assert.True(source.GetProperty("lastAttempt").GetDateTimeOffset() > source.GetProperty("failingSince").GetDateTimeOffset(), stdout);
        }
    }

    /// <summary>Waits for the host's connection count; false if the guard runs out first.</summary>
    private static async Task<bool> WaitForConnectionsAsync(RawTcpServer server, int count)
    {
        var deadline = DateTime.UtcNow + Guard;
        while (server.Connections < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return server.Connections >= count;
    }
}
