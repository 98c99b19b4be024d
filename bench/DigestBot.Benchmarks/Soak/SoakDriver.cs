using System.Diagnostics;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Watches;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// The soak: the whole host (<see cref="SoakHost"/>) for a number of cycles, each ingesting a varying batch of new
/// papers from the loopback feed (percolated against three channels' watches as they are stored), running those
/// channels' digests to the fake Discord and answering a few interactions. After every cycle it checks that each
/// matched paper reached its channel in exactly one message, that Discord answered no 429 and that nothing was
/// logged at Error; every <c>sampleEvery</c> cycles it samples memory, handles, open files and threads.
/// </summary>
internal sealed class SoakDriver
{
    private const ulong FirstChannel = 888_000_000_000_000_000;
    private const int Channels = 3;
    private readonly SoakHost _host;
    private readonly ArxivPaperGenerator _generator;
    private readonly List<string> _violations = [];
    private readonly HashSet<string> _delivered = [];
    private readonly Dictionary<ulong, int> _seenMessages = [];
    private readonly string[] _words;
    private int _next;
    private int _limited;
    private int _posted;

    private SoakDriver(SoakHost host, ArxivPaperGenerator generator)
    {
        _host = host;
        _generator = generator;
        _words = [.. generator.Words.Words.Where(w => w.Length >= 6 && w.All(char.IsAsciiLetterLower)).Take(200)];
    }

    public static async Task<SoakReport> RunAsync(string dataDirectory, ArxivPaperGenerator generator, int cycles, int sampleEvery, Action<string> progress)
    {
        await using var host = await SoakHost.StartAsync(dataDirectory);
        var driver = new SoakDriver(host, generator);
        return await driver.RunAsync(cycles, sampleEvery, progress);
    }

    private T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    private async Task<SoakReport> RunAsync(int cycles, int sampleEvery, Action<string> progress)
    {
        var ready = Stopwatch.StartNew();
        while (_host.Fake.Gateway.Live?.Ready != true && ready.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(10);
        }

        var channels = Enumerable.Range(0, Channels).Select(c => FirstChannel + (ulong)c).ToList();
        foreach (var (channel, c) in channels.Select((ch, c) => (ch, c)))
        {
            Get<ChannelStore>().Save(new ChannelState { Id = channel, GuildId = SoakInteractions.Guild, Schedule = "daily 08:00", TimeZone = "UTC" });
            Get<WatchStore>().Add(SoakInteractions.Guild, channel, _words[20 + (c * 7)], null, 1);
            Get<WatchStore>().Add(SoakInteractions.Guild, channel, _words[45 + (c * 11)], null, 1);
        }

        // The first poll of a source announces nothing (it is a backfill); later polls announce what is new.
        await IngestAsync(0, 40);
        var samples = new List<SoakSample> { SoakSample.Take(0, FakeLogBytes()) };
        var conversation = new SoakConversation(_host.Fake, Get<WatchStore>(), _violations.Add);
        var clock = Stopwatch.StartNew();
        for (var cycle = 1; cycle <= cycles; cycle++)
        {
            var papers = await IngestAsync(cycle, 10 + (cycle * 7 % 21));
            foreach (var channel in channels)
            {
                await DigestAsync(cycle, channel);
            }

            await conversation.RunAsync(cycle, _words[0], papers[cycle % papers.Count].Id);
            Check(cycle);
            if (cycle % sampleEvery == 0 || cycle == cycles)
            {
                samples.Add(SoakSample.Take(cycle, FakeLogBytes()));
                progress($"soak: cycle {cycle}/{cycles}, {_delivered.Count:N0} deliveries, {_violations.Count} violations");
            }
        }

        var limited = _host.Fake.Requests.Count(r => r.Status == 429);
        return new SoakReport(cycles, clock.Elapsed, _next, _delivered.Count, _posted, conversation.Answered, limited, samples, _violations);
    }

    private async Task<IReadOnlyList<Paper>> IngestAsync(int cycle, int count)
    {
        var papers = _generator.Generate(count, _next).ToList();
        _next += count;
        _host.Feed.Serve(papers);
        var counts = await Get<IngestService>().PollAsync(SoakHost.Source, CancellationToken.None);
        if (counts?.New != count)
        {
            _violations.Add($"cycle {cycle}: ingest stored {counts?.New.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing (the poll failed)"} of {count} new papers");
        }

        return papers;
    }

    /// <summary>Runs a channel's digest and checks each owed paper is in exactly one new message, never seen before.</summary>
    private async Task DigestAsync(int cycle, ulong channel)
    {
        var owed = Get<Outbox>().Pending(channel);
        await Get<DigestService>().RunAsync(channel, CancellationToken.None);
        var messages = _host.Fake.Channels.Messages(channel);
        var posted = messages.Skip(_seenMessages.GetValueOrDefault(channel)).ToList();
        _seenMessages[channel] = messages.Count;

        // A digest's overflow parts go to a thread under its first message; the thread's id is that message's.
        var threads = posted.SelectMany(m => _host.Fake.Channels.Messages(ulong.Parse(m["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));
        var fresh = posted.Concat(threads).Select(m => m.ToJsonString()).ToList();
        _posted += fresh.Count;
        _violations.AddRange(SoakDeliveryCheck.Violations(cycle, owed, fresh, _delivered));

        if (Get<Outbox>().PendingCount(channel) != 0 || Get<ChannelStore>().Get(channel).LastError is { } error && error.Length > 0)
        {
            _violations.Add($"cycle {cycle}: channel {channel} still owes papers or failed: {Get<ChannelStore>().Get(channel).LastError}");
        }
    }

    private long FakeLogBytes() => _host.Fake.Requests.Sum(r => (long)r.Body.Length * 2);

    private void Check(int cycle)
    {
        while (_host.Errors.Errors.TryDequeue(out var error))
        {
            _violations.Add($"cycle {cycle}: logged {error}");
        }

        var limited = _host.Fake.Requests.Count(r => r.Status == 429);
        if (limited > _limited)
        {
            _violations.Add($"cycle {cycle}: the fake Discord answered {limited - _limited} requests with 429");
            _limited = limited;
        }
    }
}
