using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary>
/// Ctrl+C (SIGTERM) while a source's poll waits on a host that never answers: the bot stops instead of waiting out
/// the request timeout, and the interrupted poll is not recorded as the source failing.
/// </summary>
public sealed class ShutdownDuringPollProcessTests : IDisposable
{
    // A hang guard, not a speed check: the poll's own timeout is ten times longer, so a bot that waited for it fails.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Stopping_the_bot_interrupts_a_poll_that_waits_for_an_answer_and_records_no_failure()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var environment = new Dictionary<string, string>
        {
            ["DigestBot__Sources__Enabled"] = "true",
            ["DigestBot__Sources__RequestTimeout"] = "00:10:00",
            ["DigestBot__Sources__List__arxiv__Enabled"] = "false",
            ["DigestBot__Sources__List__hf-daily__Enabled"] = "false",
            ["DigestBot__Sources__List__journal__Type"] = "Feed",
            ["DigestBot__Sources__List__journal__Url"] = $"http://127.0.0.1:{port}/feed.xml",
        };
        var data = _temp.Combine("data");

        using (var bot = DigestBotProcess.Start(["--data", data], environment))
        {
            // The first poll runs at start-up; once its request is connected, the poll is waiting for an answer.
            using var accept = new CancellationTokenSource(Guard);
            using var connection = await silent.AcceptTcpClientAsync(accept.Token);
            bot.SendSigterm();

            Assert.Equal(0, await bot.WaitForExitAsync(Guard));
            Assert.DoesNotContain("journal:", bot.Stderr, StringComparison.Ordinal);
        }

        var (code, stdout, _) = await DigestBotProcess.RunAsync(["sources", "--json", "--data", data], environment);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var journal = json.RootElement.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "journal");
        Assert.Equal(JsonValueKind.Null, journal.GetProperty("lastError").ValueKind);
    }
}
