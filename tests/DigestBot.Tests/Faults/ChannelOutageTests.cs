using System.Text.Json;
using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Faults;

/// <summary>
/// Discord failing a channel's digest a few times (below <c>Digests:PauseAfterFailures</c>): <c>status</c> says the
/// digest is being retried and why, then, once a post goes through, that it was delivered, each paper once.
/// </summary>
public sealed class ChannelOutageTests : IDisposable
{
    private const ulong Channel = 500;
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly DigestsHarness _app = new(Monday);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Failed_posts_show_as_retrying_in_status_and_the_next_success_delivers_each_paper_once()
    {
        _app.Get<WatchStore>().Add(7, Channel, "normalization", null, 1);
        _app.Owe(Channel, "2611.00001", "2611.00002");
        var digests = _app.Get<DigestService>();

        var whys = new List<IReadOnlyList<string>>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            _app.Poster.FailNext = new HttpRequestException("HTTP 502 Bad Gateway");
            await digests.RunAsync(Channel, CancellationToken.None);
            whys.Add(await Why());
            _app.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        await digests.RunAsync(Channel, CancellationToken.None);
        var delivered = await StatusJson();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(
                $"the last digest failed ({attempt + 1} in a row) and is being retried: HttpRequestException: HTTP 502 Bad Gateway",
                whys[attempt][0]);
        }

        var channel = delivered.GetProperty("channels")[0];
        Assert.False(channel.GetProperty("paused").GetBoolean());
        Assert.Equal(0, channel.GetProperty("pending").GetInt32());
        Assert.Equal(JsonValueKind.Null, channel.GetProperty("lastError").ValueKind);
        Assert.DoesNotContain(channel.GetProperty("why").EnumerateArray(), w => w.GetString()!.Contains("failed", StringComparison.Ordinal));
        Assert.Equal(2, _app.Poster.Messages.Sum(m => m.Cards));
        Assert.Single(_app.Poster.Messages.Select(m => m.Nonce).Distinct());
    }

    [Fact]
    public async Task A_long_outage_pauses_the_channel_and_the_first_post_that_goes_through_resumes_it_without_anyone()
    {
        _app.Get<WatchStore>().Add(7, Channel, "normalization", null, 1);
        _app.Owe(Channel, "2611.00001");
        var digests = _app.Get<DigestService>();
        var options = new DigestsOptions();

        for (var attempt = 0; attempt < options.PauseAfterFailures; attempt++)
        {
            _app.Poster.FailNext = new HttpRequestException("HTTP 503 Service Unavailable");
            await digests.RunAsync(Channel, CancellationToken.None);
        }

        var paused = _app.Get<ChannelStore>().Get(Channel);
        var why = await Why();
        Assert.True(paused is { Paused: true, AutoResume: true });
        Assert.Equal(options.PausedRetryDelay, DigestScheduler.NextRetry(paused, options));
        Assert.Contains("resumes the channel by itself", why[0], StringComparison.Ordinal);

        _app.Clock.Advance(options.PausedRetryDelay);
        await digests.RunAsync(Channel, CancellationToken.None);

        var resumed = _app.Get<ChannelStore>().Get(Channel);
        Assert.True(resumed is { Paused: false, AutoResume: false, ConsecutiveFailures: 0, LastError: null, PausedReason: null });
        Assert.Null(DigestScheduler.NextRetry(resumed, options));
        Assert.Equal(1, _app.Poster.Messages.Sum(m => m.Cards));
    }

    [Fact]
    public async Task A_channel_the_bot_cannot_reach_stays_paused_for_a_person_and_is_not_retried()
    {
        _app.Get<WatchStore>().Add(7, Channel, "normalization", null, 1);
        _app.Owe(Channel, "2611.00001");
        _app.Poster.FailNext = new ChannelUnavailableException("Missing Access (50001)");
        await _app.Get<DigestService>().RunAsync(Channel, CancellationToken.None);

        var channel = _app.Get<ChannelStore>().Get(Channel);
        Assert.True(channel is { Paused: true, AutoResume: false });
        Assert.Null(DigestScheduler.NextRetry(channel, new DigestsOptions()));
    }

    [Fact]
    public void Retries_double_while_the_channel_runs_and_a_person_s_pause_is_never_retried()
    {
        var options = new DigestsOptions();
        var failing = new ChannelState { Schedule = "daily 08:00", TimeZone = "UTC", ConsecutiveFailures = 3 };
        Assert.Equal(options.RetryDelay * 4, DigestScheduler.NextRetry(failing, options));
        Assert.Null(DigestScheduler.NextRetry(failing with { Paused = true }, options));
        Assert.Null(DigestScheduler.NextRetry(failing with { ConsecutiveFailures = 0 }, options));
    }

    private async Task<JsonElement> StatusJson()
    {
        var reply = await _app.Get<CommandDispatcher>().DispatchAsync("status", new Dictionary<string, object> { ["channel"] = (long)Channel }, CommandOrigin.Cli, CancellationToken.None);
        return JsonDocument.Parse(JsonOutput.Serialize(reply.Data)).RootElement;
    }

    private async Task<IReadOnlyList<string>> Why() =>
        [.. (await StatusJson()).GetProperty("channels")[0].GetProperty("why").EnumerateArray().Select(e => e.GetString()!)];
}
