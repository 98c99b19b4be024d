using System.Diagnostics;
using System.Globalization;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using DigestBot.Papers;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DigestBot.Benchmarks;

/// <summary>
/// Digest fan-out: many channels due at once (1,000 at 100k papers and up, fewer for smaller runs), each owed a few
/// papers, their digest jobs fired together through the app's Quartz scheduler and posted through the real Discord
/// client (Discord.Net, connected to the fake gateway as in Gateway mode, so channels come from its cache) to the fake
/// Discord with Discord's limits (50 requests/s global, 5 messages per 5 s per channel). The drain time is compared
/// with the floor those limits allow for the requests made, and the 429s are counted. The CPU the process used during
/// the drain is reported beside it: composing 1,000 digests is work too, and on a small machine it can take longer
/// than Discord's limits do, which no floor of Discord's accounts for.
/// </summary>
internal static class FanOutScenario
{
    private const string Token = "bench-fan-out-token";
    private const int PapersPerChannel = 8;
    private const ulong FirstChannel = 900_000_000_000_000_000;
    private const ulong Guild = 800_000_000_000_000_000;

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var channels = Math.Clamp(run.Options.Papers / 100, 10, 1000);
        var fakeOptions = new FakeDiscordOptions { Token = Token, GatewayGuilds = [Guild] };
        await using var fake = await FakeDiscordServer.StartAsync(fakeOptions);
        await using var services = AppServices.Build(Path.Combine(run.Work, "fan-out"), withSearch: true, overrides: null, new Dictionary<string, string?>
        {
            ["DigestBot:Discord:Mode"] = "Gateway",
            ["DigestBot:Discord:Token"] = Token,
            ["DigestBot:Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
        });

        run.Progress($"fan-out: {channels:N0} channels owed {PapersPerChannel} papers each");
        var sample = run.Sample();
        services.GetRequiredService<PaperStore>().UpsertBatch(sample);
        var store = services.GetRequiredService<ChannelStore>();
        var outbox = services.GetRequiredService<Outbox>();
        var random = new Random(BenchRun.Seed);
        var ids = Enumerable.Range(0, channels).Select(c => FirstChannel + (ulong)c).ToList();
        List<(ulong Channel, IReadOnlyList<string> Papers)> owed =
            [.. ids.Select(id => (id, (IReadOnlyList<string>)[.. Enumerable.Range(0, PapersPerChannel).Select(_ => sample[random.Next(sample.Count)].Id).Distinct()]))];
        var composing = ComposeFloor.Measure(run, sample, owed);
        foreach (var (id, papers) in owed)
        {
            fake.Channels.Guilds[id] = Guild;
            store.Save(new ChannelState { Id = id, GuildId = Guild, Schedule = "daily 08:00", TimeZone = "UTC" });
            outbox.AddPending(papers.Select(paper => new Delivery
            {
                Id = Delivery.KeyOf(id, paper),
                ChannelId = id,
                PaperId = paper,
                WatchNames = ["bench"],
                MatchedTerms = ["bench"],
                CreatedAt = DateTimeOffset.UtcNow,
            }));
        }

        // Gateway mode: READY, then the guild with its channels, which the gateway client keeps.
        var gateway = services.GetRequiredService<DiscordGatewayService>();
        await gateway.StartAsync(CancellationToken.None);
        await gateway.FirstConnected.WaitAsync(TimeSpan.FromMinutes(2));
        while (gateway.Client!.GetChannel(ids[^1]) is null)
        {
            await Task.Delay(50);
        }

        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var runs = new DigestRunsWatch(channels);
        scheduler.ListenerManager.AddJobListener(runs, GroupMatcher<JobKey>.GroupEquals(DigestJob.KeyFor(0).Group));
        await scheduler.Start();
        var digests = services.GetRequiredService<DigestScheduler>();
        await digests.StartAsync(CancellationToken.None);

        run.Progress($"fan-out: firing {channels:N0} digest jobs at once");
        var mark = fake.Requests.Count;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var id in ids)
        {
            await digests.TriggerNowAsync(id, CancellationToken.None);
        }

        var last = TimeSpan.Zero;
        // Woken by the last digest run (a retried channel can run twice, so the store is read to confirm), then by
        // polling should a channel still be missing.
        while (!runs.Reached.IsCompleted || store.All().Count(c => c.LastRun is not null) < channels)
        {
            await Task.WhenAny(runs.Reached, Task.Delay(runs.Reached.IsCompleted ? TimeSpan.FromMilliseconds(50) : TimeSpan.FromSeconds(1)));
            if (clock.Elapsed - last >= TimeSpan.FromSeconds(5))
            {
                last = clock.Elapsed;
                run.Progress(string.Create(CultureInfo.InvariantCulture, $"fan-out: {fake.Requests.Count(r => r.Status is >= 200 and < 300):N0} requests answered after {clock.Elapsed.TotalSeconds:F0} s"));
            }
        }

        var drain = clock.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await scheduler.Shutdown(waitForJobsToComplete: true);
        await gateway.StopAsync(CancellationToken.None);
        return [.. Results(run, [.. fake.Requests.Skip(mark)], fake.Options, store, channels, drain, used), composing];
    }

    /// <summary>
    /// How long the fake took to answer a request (arrival to answer written), a lower bound of what the client waited.
    /// The client holds each request's slot of the global limit until a second after its answer (so that network delays
    /// can never put more than the limit into one second at Discord): it sends at most limit ÷ (1 s + that wait) a
    /// second, and the drain's ratio to the floor is about 1 + the wait when posting, not composing, sets the pace.
    /// </summary>
    private static Result Answering(BenchRun run, IReadOnlyList<FakeRequest> requests, TimeSpan drain)
    {
        var waits = requests.Where(r => r.AnsweredAt is not null).Select(r => (r.AnsweredAt!.Value - r.At).TotalSeconds).Order().ToList();
        var mean = waits.Count == 0 ? 0 : waits.Average();
        var p90 = waits.Count == 0 ? 0 : waits[(int)(0.9 * (waits.Count - 1))];

        // Arrivals per whole second from the first: near the limit throughout means the pace binds; well below, the supply.
        var start = requests.Count == 0 ? default : requests[0].At;
        var seconds = requests.GroupBy(r => (int)(r.At - start).TotalSeconds).Select(g => g.Count()).Order().ToList();
        var median = seconds.Count == 0 ? 0 : seconds[seconds.Count / 2];
        return new Result(
            string.Create(CultureInfo.InvariantCulture, $"fake's time to answer a request: mean {mean * 1000:F0} ms, p90 {p90 * 1000:F0} ms; arrivals a second: median {median}, most {seconds.LastOrDefault()}"),
            run.Papers, drain, waits.Count, "s", mean, null);
    }

    private static List<Result> Results(
        BenchRun run, IReadOnlyList<FakeRequest> requests, FakeDiscordOptions limits, ChannelStore store, int channels, TimeSpan drain, TimeSpan cpu)
    {
        var ok = requests.Count(r => r.Status is >= 200 and < 300);
        var limited = requests.Count(r => r.Status == 429);
        var errors = store.All().Where(c => c.LastError is not null).Select(c => c.LastError!).ToList();
        var failed = errors.Count;
        foreach (var error in errors.Distinct().Take(3))
        {
            run.Progress($"fan-out: a channel failed: {error}");
        }

        // The global limit spaces every answered request; the per-channel bucket binds only beyond 5 messages a channel.
        var perChannel = requests.Where(r => r.Method == "POST" && r.Status is >= 200 and < 300).GroupBy(r => r.Major).Max(g => g.Count());
        var floor = TimeSpan.FromSeconds(Math.Max(
            (double)ok / limits.GlobalRequestsPerSecond,
            (Math.Ceiling(perChannel / (double)limits.Messages.Limit) - 1) * limits.Messages.Window.TotalSeconds));
        var floorRow = new Result($"floor the limits allow: {ok:N0} requests at {limits.GlobalRequestsPerSecond}/s (baseline)", run.Papers, floor, ok, "s", floor.TotalSeconds, 1.0);
        var drained = new Result($"drain, {channels:N0} channels due at once ({failed} failed)", run.Papers, drain, channels, "s", drain.TotalSeconds, null)
            .Against(floorRow);
        return
        [
            floorRow,
            drained with { Target = "≤ 1.15× the floor", Met = drained.RatioToBaseline <= 1.15 && failed == 0 },
            new Result("429 responses seen", run.Papers, drain, requests.Count, "429s", limited, null) { Target = "none", Met = limited == 0 },
            new Result(
                string.Create(CultureInfo.InvariantCulture, $"CPU used by the process during the drain: {cpu / (drain * Environment.ProcessorCount):P0} of {Environment.ProcessorCount} cores"),
                run.Papers, cpu, channels, "s", cpu.TotalSeconds, null),
            Answering(run, requests, drain),
        ];
    }
}
