using System.Diagnostics;
using System.Net;
using DigestBot.Citations;
using DigestBot.Dashboard;
using DigestBot.Digests;
using DigestBot.Watches;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// The dashboard's pages over real HTTP on loopback, on the loaded corpus with 1,000 channels (a watch and a daily
/// schedule each, 20 matches each over the last days): the overview, the channel list, one channel's page and a search.
/// The clock stands ten days after the corpus was stored, so the overview's 30-day chart reads every paper (its worst
/// case); the overview's first load is timed alone, since its chart is then kept for a minute. Target: under 200 ms.
/// </summary>
internal static class DashboardScenario
{
    private const int Channels = 1000;
    private const int MatchesPerChannel = 20;
    private const double TargetMs = 200;

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var data = await run.LoadedAsync();
        var now = run.SeenAt.AddDays(10);
        // Semantic search off: in the bot its worker counts the papers to embed in the background, so the overview's
        // progress line reads a number; here, with no worker, the first load would scan every paper to count them.
        var settings = new Dictionary<string, string?> { ["DigestBot:Dashboard:ListenUrls"] = "http://127.0.0.1:0", ["DigestBot:Semantic:Enabled"] = "false" };
        await using var services = AppServices.Build(data, withSearch: true, o => o.Use<TimeProvider>(new StandingClock(now)), settings);
        var words = run.Vocabulary().Words.Words;
        run.Progress($"dashboard: {Channels:N0} channels with a watch and {MatchesPerChannel} matches each");
        Seed(services, words, run.Sample(), now);
        var server = services.GetRequiredService<DashboardServer>();
        await server.StartAsync(CancellationToken.None);

        // A page opened after the dashboard has started: its background work (the paper count) is done.
        await server.WarmUp;
        try
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.Addresses[0] };
            (await client.GetAsync($"/?key={services.GetRequiredService<DashboardKey>().GetOrCreate()}")).EnsureSuccessStatusCode();
            var rounds = run.Options.Quick ? 5 : 50;
            var results = new List<Result>();
            var first = Stopwatch.StartNew();
            (await client.GetAsync("/")).EnsureSuccessStatusCode();
            results.Add(new Result("dashboard overview, first load (30-day chart over every paper)", run.Papers, first.Elapsed, 1, "ms", first.Elapsed.TotalMilliseconds, null).Targeting($"< {TargetMs} ms", TargetMs));
            var random = new Random(BenchRun.Seed);
            foreach (var (name, path) in new (string, Func<string>)[]
            {
                ("dashboard overview", () => "/"),
                ("dashboard channel list (1,000 channels)", () => "/channels"),
                ("dashboard channel page", () => $"/channels/{1000 + random.Next(Channels)}"),
                ("dashboard search page", () => $"/search?q={Uri.EscapeDataString(words[200 + random.Next(2000)])}"),
            })
            {
                run.Progress($"dashboard: {name}, {rounds} loads");
                results.Add(await TimeAsync(client, name, path, rounds, run.Papers));
            }

            return results;
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<Result> TimeAsync(HttpClient client, string name, Func<string> path, int rounds, int papers)
    {
        (await client.GetAsync(path())).EnsureSuccessStatusCode();
        var latency = new Latency();
        var all = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            var one = Stopwatch.StartNew();
            using var response = await client.GetAsync(path());
            await response.Content.ReadAsByteArrayAsync();
            latency.Record(one.Elapsed);
            response.EnsureSuccessStatusCode();
        }

        var percentiles = new Dictionary<string, double> { ["p50"] = latency.Milliseconds(50), ["p95"] = latency.Milliseconds(95), ["p99"] = latency.Milliseconds(99), ["max"] = latency.Milliseconds(100) };
        return new Result($"{name}, p95 of {rounds}", papers, all.Elapsed, rounds, "ms", percentiles["p95"], null) { Percentiles = percentiles }.Targeting($"p95 < {TargetMs} ms", TargetMs);
    }

    /// <summary>Channels, each with one watch on a corpus word, a daily schedule and matches spread over the last days.</summary>
    private static void Seed(ServiceProvider services, IReadOnlyList<string> words, IReadOnlyList<Papers.Paper> sample, DateTimeOffset now)
    {
        var watches = services.GetRequiredService<WatchStore>();
        var channels = services.GetRequiredService<ChannelStore>();
        var outbox = services.GetRequiredService<Outbox>();
        for (var i = 0; i < Channels; i++)
        {
            var channel = (ulong)(1000 + i);
            var watch = watches.Add(1, channel, words[500 + i], null, 0);
            channels.Save(channels.Get(channel) with { GuildId = 1, Schedule = "daily 08:00" });
            outbox.AddPending(Enumerable.Range(0, MatchesPerChannel).Select(j => sample[((i * MatchesPerChannel) + j) % sample.Count]).Select((paper, j) => new Delivery
            {
                Id = Delivery.KeyOf(channel, paper.Id),
                ChannelId = channel,
                PaperId = paper.Id,
                WatchNames = [watch.Name],
                MatchedTerms = [watch.Query],
                CreatedAt = now.AddDays(-(j % 10)),
            }));
        }
    }

    private sealed class StandingClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
