using System.Diagnostics;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Watches;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// The soak: the whole host (<see cref="SoakHost"/>) for a number of cycles, each ingesting a varying batch of new
/// papers from the loopback feed (percolated against three channels' watches as they are stored), running those
/// channels' digests to the fake Discord and answering a few interactions. After every cycle it checks that each
/// matched paper reached its channel in exactly one message, that Discord answered no 429 and that nothing was
/// logged at Error; every <c>sampleEvery</c> cycles it samples memory, handles, open files and threads. What the
/// checks remember (every delivery seen, every message) lives in the fakes' process: this one keeps counters and the
/// first violations only, so its memory is the app's.
/// </summary>
internal sealed class SoakDriver
{
    private const ulong FirstChannel = 888_000_000_000_000_000;
    private const int Channels = 3;
    private const int ViolationsKept = 100;
    private readonly SoakHost _host;
    private readonly ArxivPaperGenerator _generator;
    private readonly List<string> _violations = [];
    private readonly string[] _words;
    private int _next;
    private int _limited;
    private int _posted;
    private int _deliveries;
    private int _violationCount;

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
        while (!(await _host.Fakes.StatsAsync()).Ready && ready.Elapsed < TimeSpan.FromSeconds(30))
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
        var samples = new List<SoakSample> { await SampleAsync(0) };
        var conversation = new SoakConversation(_host.Fakes, Get<WatchStore>(), Violation);
        var clock = Stopwatch.StartNew();
        for (var cycle = 1; cycle <= cycles; cycle++)
        {
            var papers = await IngestAsync(cycle, 10 + (cycle * 7 % 21));
            foreach (var channel in channels)
            {
                await DigestAsync(cycle, channel);
            }

            await conversation.RunAsync(cycle, _words[0], papers[cycle % papers.Count].Id);
            await CheckAsync(cycle);
            if (cycle % sampleEvery == 0 || cycle == cycles)
            {
                var sample = await SampleAsync(cycle);
                samples.Add(sample);

                // Each sample goes to the progress log too: a run stopped before its end still leaves its figures.
                progress(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"soak: cycle {cycle}/{cycles}, {_deliveries:N0} deliveries, {_violationCount} violations; managed {sample.ManagedBytes / 1048576.0:F1} MB, working set {sample.WorkingSetBytes / 1048576.0:F1} MB, {sample.OpenFiles} open files ({sample.AssemblyFiles} assemblies, {sample.IndexFiles} of the search index's {sample.IndexSegments} segments, {sample.DeletedFiles} deleted), {sample.Threads} threads"));
            }
        }

        return new SoakReport(cycles, clock.Elapsed, _next, _deliveries, _posted, conversation.Answered, _limited, samples, _violations)
        {
            ViolationCount = _violationCount,
        };
    }

    private async Task<SoakSample> SampleAsync(int cycle)
    {
        var fakes = await _host.Fakes.StatsAsync(memory: true);
        return SoakSample.Take(cycle, fakes.ManagedBytes, Get<DataDirectory>().Combine(SearchIndex.DirectoryName));
    }

    /// <summary>Counts every violation; keeps the first <see cref="ViolationsKept"/> for the report (a broken run must not grow this process).</summary>
    private void Violation(string what)
    {
        if (++_violationCount <= ViolationsKept)
        {
            _violations.Add(what);
        }
    }

    private async Task<IReadOnlyList<Paper>> IngestAsync(int cycle, int count)
    {
        var papers = _generator.Generate(count, _next).ToList();
        _next += count;
        await _host.Fakes.ServeAsync(papers);
        var counts = await Get<IngestService>().PollAsync(SoakHost.Source, CancellationToken.None);
        if (counts?.New != count)
        {
            Violation($"cycle {cycle}: ingest stored {counts?.New.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing (the poll failed)"} of {count} new papers");
        }

        return papers;
    }

    /// <summary>Runs a channel's digest and checks each owed paper is in exactly one new message, never seen before.</summary>
    private async Task DigestAsync(int cycle, ulong channel)
    {
        var owed = Get<Outbox>().Pending(channel);
        await Get<DigestService>().RunAsync(channel, CancellationToken.None);
        var (posted, violations) = await _host.Fakes.CheckAsync(cycle, channel, owed);
        _posted += posted;
        _deliveries += owed.Count;
        foreach (var violation in violations)
        {
            Violation(violation);
        }

        if (Get<Outbox>().PendingCount(channel) != 0 || Get<ChannelStore>().Get(channel).LastError is { } error && error.Length > 0)
        {
            Violation($"cycle {cycle}: channel {channel} still owes papers or failed: {Get<ChannelStore>().Get(channel).LastError}");
        }
    }

    private async Task CheckAsync(int cycle)
    {
        while (_host.Errors.Errors.TryDequeue(out var error))
        {
            Violation($"cycle {cycle}: logged {error}");
        }

        var (_, limited, _) = await _host.Fakes.StatsAsync();
        if (limited > _limited)
        {
            Violation($"cycle {cycle}: the fake Discord answered {limited - _limited} requests with 429");
            _limited = limited;
        }
    }
}
