using DigestBot.Sources;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Sources.Ingestion;

/// <summary>What the log says about failed polls: each failure once, plainly, and no network once for everyone.</summary>
public sealed class SourceFailureReporterTests : IDisposable
{
    private static readonly SourceFailure NoHf = new(SourceFailureKind.NoNetwork, "name resolution failed for huggingface.co");
    private static readonly SourceFailure NoArxiv = new(SourceFailureKind.NoNetwork, "name resolution failed for rss.arxiv.org");
    private static readonly SourceFailure Refused = new(SourceFailureKind.Refused, "connection refused by 127.0.0.1:9");
    private static readonly SourceFailure Unavailable = new(SourceFailureKind.Http, "HTTP 503 Service Unavailable from rss.arxiv.org");

    private readonly LogLines _log = new();
    private readonly ServiceProvider _services;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 4, 27, 0, 45, 0, TimeSpan.Zero));

    public SourceFailureReporterTests()
    {
        _services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(_log).SetMinimumLevel(LogLevel.Trace))
            .Configure<SourcesOptions>(o =>
            {
                o.List["arxiv"] = new SourceConfig { Type = SourceType.ArxivListing, Categories = ["cs.AI"] };
                o.List["hf-daily"] = new SourceConfig { Type = SourceType.HfDaily };
                o.List["journal"] = new SourceConfig { Type = SourceType.Feed, Url = "https://journal.example/feed" };
            })
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<SourceFailureReporter>()
            .BuildServiceProvider();
    }

    private SourceFailureReporter Reporter => _services.GetRequiredService<SourceFailureReporter>();

    private List<string> Warnings => [.. _log.Lines.Where(l => l.Level >= LogLevel.Warning).Select(l => l.Message)];

    private List<string> Debugs => [.. _log.Lines.Where(l => l.Level == LogLevel.Debug).Select(l => l.Message)];

    public void Dispose() => _services.Dispose();

    [Fact]
    public void A_machine_without_network_is_said_once_not_per_source_and_not_per_poll()
    {
        Reporter.Failed("hf-daily", NoHf);
        Reporter.Failed("arxiv", NoArxiv);
        Reporter.Failed("journal", new SourceFailure(SourceFailureKind.NoNetwork, "name resolution failed for journal.example"));
        _clock.Advance(TimeSpan.FromHours(3));
        Reporter.Failed("hf-daily", NoHf);
        Reporter.Failed("arxiv", NoArxiv);

        Assert.Equal(
            ["hf-daily: no network (name resolution failed for huggingface.co); sources will retry on their schedules, this one at 03:20 UTC"],
            Warnings);
        Assert.Contains("arxiv: no network (name resolution failed for rss.arxiv.org); next try 10:00 UTC", Debugs);
        Assert.Equal(4, Debugs.Count);
    }

    [Fact]
    public void The_same_failure_again_is_debug_until_a_day_has_passed()
    {
        Reporter.Failed("arxiv", Refused);
        _clock.Advance(TimeSpan.FromHours(23));
        Reporter.Failed("arxiv", Refused);
        _clock.Advance(TimeSpan.FromHours(1));
        Reporter.Failed("arxiv", Refused);

        Assert.Equal(
            [
                "arxiv: connection refused by 127.0.0.1:9; next try 10:00 UTC",
                "arxiv: still failing since 2026-04-27 00:45 UTC: connection refused by 127.0.0.1:9; next try 10:00 UTC",
            ],
            Warnings);
        Assert.Equal(["arxiv: connection refused by 127.0.0.1:9 again; next try 10:00 UTC"], Debugs);
    }

    [Fact]
    public void A_different_reason_is_said_at_once()
    {
        Reporter.Failed("arxiv", Refused);
        Reporter.Failed("arxiv", Unavailable);

        Assert.Equal(2, Warnings.Count);
        Assert.Equal("arxiv: HTTP 503 Service Unavailable from rss.arxiv.org; next try 10:00 UTC", Warnings[1]);
    }

    [Fact]
    public void After_a_success_the_same_failure_is_said_again()
    {
        Reporter.Failed("arxiv", Refused);
        Reporter.Succeeded("arxiv");
        Reporter.Failed("arxiv", Refused);

        Assert.Equal(2, Warnings.Count);
    }

    [Fact]
    public void Once_a_server_has_answered_a_name_that_does_not_resolve_is_that_source_not_the_network()
    {
        Reporter.Failed("hf-daily", NoHf);
        Reporter.Succeeded("arxiv");
        Reporter.Failed("hf-daily", NoHf);
        Reporter.Failed("journal", new SourceFailure(SourceFailureKind.NoNetwork, "name resolution failed for journal.example"));

        Assert.Equal(
            [
                "hf-daily: no network (name resolution failed for huggingface.co); sources will retry on their schedules, this one at 03:20 UTC",
                "hf-daily: name resolution failed for huggingface.co; next try 03:20 UTC",
                "journal: name resolution failed for journal.example; next try 01:00 UTC",
            ],
            Warnings);
    }

    [Fact]
    public void An_error_status_is_an_answer_so_no_network_is_not_claimed_afterwards()
    {
        Reporter.Failed("arxiv", Unavailable);
        Reporter.Failed("hf-daily", NoHf);

        Assert.Equal("hf-daily: name resolution failed for huggingface.co; next try 03:20 UTC", Warnings[1]);
    }

    [Fact]
    public void The_next_try_more_than_a_day_away_carries_its_date()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 5, 2, 12, 0, 0, TimeSpan.Zero));

        Reporter.Failed("arxiv", Refused);

        // arXiv's listing is polled on weekday mornings in New York: from Saturday, Monday 06:00 EDT.
        Assert.Equal(["arxiv: connection refused by 127.0.0.1:9; next try 2026-05-04 10:00 UTC"], Warnings);
    }
}
