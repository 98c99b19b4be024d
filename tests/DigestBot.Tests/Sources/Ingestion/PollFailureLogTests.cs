using DigestBot.Sources;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary>
/// A poll of a source that refuses connections, through the app's own HTTP client and retries: one warning in plain
/// words from the sources, the retries themselves below warning, and the source's state recorded as before.
/// </summary>
public sealed class PollFailureLogTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 4, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private readonly LogLines _log = new();
    private readonly int _port = RawTcpServer.ClosedPort();
    private readonly ServiceProvider _services;

    public PollFailureLogTests()
    {
        var config = new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data"),
            ["DigestBot:Sources:ArxivRequestInterval"] = "00:00:00",
            ["DigestBot:Sources:RetryDelay"] = "00:00:00.010",
            ["DigestBot:Sources:List:arxiv:Type"] = "ArxivListing",
            ["DigestBot:Sources:List:arxiv:Categories:0"] = "cs.AI",
            ["DigestBot:Sources:List:arxiv:Url"] = $"http://127.0.0.1:{_port}",
        };
        _services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(_log).SetMinimumLevel(LogLevel.Trace))
            .AddDigestBot(TestApp.Configuration(config), o => o.Use<TimeProvider>(new FakeTimeProvider(Monday)))
            .BuildWithStorage();
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_refused_poll_is_one_plain_warning_and_its_retries_are_not_warnings()
    {
        Assert.Null(await Poll());

        var warnings = _log.Lines.Where(l => l.Level >= LogLevel.Warning).ToList();
        var warning = Assert.Single(warnings);
        Assert.Equal("DigestBot.Sources.SourceFailureReporter", warning.Category);

        // arXiv's listing is polled on weekday mornings in New York: Tuesday 06:00 EDT.
        Assert.Equal($"arxiv: connection refused by 127.0.0.1:{_port}; next try 10:00 UTC", warning.Message);
        var attempts = _log.Lines.Where(l => l.Category == "Polly" && l.Message.StartsWith("Execution attempt", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(LogLevel.Information, a.Level));
    }

    [Fact]
    public async Task The_next_identical_failure_is_debug_and_the_state_keeps_the_error_and_since_when()
    {
        await Poll();
        await Poll();

        Assert.Single(_log.Lines, l => l.Level >= LogLevel.Warning);
        Assert.Contains(_log.Lines, l => l.Level == LogLevel.Debug && l.Message == $"arxiv: connection refused by 127.0.0.1:{_port} again; next try 10:00 UTC");
        var state = _services.GetRequiredService<SourceStateStore>().Get("arxiv");
        Assert.StartsWith($"http://127.0.0.1:{_port}/rss/cs.AI: ", state.LastError, StringComparison.Ordinal);
        Assert.Equal(Monday, state.FailingSince);
        Assert.Equal(Monday, state.LastErrorAt);
    }

    private Task<IngestCounts?> Poll() => _services.GetRequiredService<IngestService>().PollAsync("arxiv", CancellationToken.None);
}
