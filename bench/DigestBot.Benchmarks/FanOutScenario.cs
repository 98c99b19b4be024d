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
/// client to the fake Discord with Discord's limits (50 requests/s global, 5 messages per 5 s per channel). The
/// drain time is compared with the floor those limits allow for the requests made, and the 429s are counted.
/// </summary>
internal static class FanOutScenario
{
    private const string Token = "bench-fan-out-token";
    private const int PapersPerChannel = 8;
    private const ulong FirstChannel = 900_000_000_000_000_000;

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var channels = Math.Clamp(run.Options.Papers / 100, 10, 1000);
        var fakeOptions = new FakeDiscordOptions { Token = Token };
        await using var fake = await FakeDiscordServer.StartAsync(fakeOptions);
        await using var services = AppServices.Build(Path.Combine(run.Work, "fan-out"), withSearch: true, s => s.AddDiscord(), new Dictionary<string, string?>
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
        foreach (var id in ids)
        {
            store.Save(new ChannelState { Id = id, GuildId = 1, Schedule = "daily 08:00", TimeZone = "UTC" });
            outbox.AddPending(Enumerable.Range(0, PapersPerChannel).Select(_ => sample[random.Next(sample.Count)].Id).Distinct().Select(paper => new Delivery
            {
                Id = Delivery.KeyOf(id, paper),
                ChannelId = id,
                PaperId = paper,
                WatchNames = ["bench"],
                MatchedTerms = ["bench"],
                CreatedAt = DateTimeOffset.UtcNow,
            }));
        }

        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var runs = new DigestRunsWatch(channels);
        scheduler.ListenerManager.AddJobListener(runs, GroupMatcher<JobKey>.GroupEquals(DigestJob.KeyFor(0).Group));
        await scheduler.Start();
        var digests = services.GetRequiredService<DigestScheduler>();
        await digests.StartAsync(CancellationToken.None);

        run.Progress($"fan-out: firing {channels:N0} digest jobs at once");
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
        await scheduler.Shutdown(waitForJobsToComplete: true);
        return Results(run, fake, store, channels, drain);
    }

    private static List<Result> Results(BenchRun run, FakeDiscordServer fake, ChannelStore store, int channels, TimeSpan drain)
    {
        var requests = fake.Requests;
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
            (double)ok / fake.Options.GlobalRequestsPerSecond,
            (Math.Ceiling(perChannel / (double)fake.Options.Messages.Limit) - 1) * fake.Options.Messages.Window.TotalSeconds));
        var floorRow = new Result($"floor the limits allow: {ok:N0} requests at {fake.Options.GlobalRequestsPerSecond}/s (baseline)", run.Papers, floor, ok, "s", floor.TotalSeconds, 1.0);
        var drained = new Result($"drain, {channels:N0} channels due at once ({failed} failed)", run.Papers, drain, channels, "s", drain.TotalSeconds, null)
            .Against(floorRow);
        return
        [
            floorRow,
            drained with { Target = "≤ 1.15× the floor", Met = drained.RatioToBaseline <= 1.15 && failed == 0 },
            new Result("429 responses seen", run.Papers, drain, requests.Count, "429s", limited, null) { Target = "none", Met = limited == 0 },
        ];
    }
}
