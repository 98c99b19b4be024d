using System.Diagnostics;
using System.Globalization;
using DigestBot.Digests;
using DigestBot.Papers;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// The fan-out's other floor: the same digests composed with nothing posted, one after another, on a data directory
/// of their own (cold caches, as the drain starts with). Their CPU time divided by the cores is the least any drain
/// can take on this machine, whatever Discord's limits allow: when it is above the rate-limit floor, composing, not
/// Discord, sets the pace.
/// </summary>
internal static class ComposeFloor
{
    public static Result Measure(BenchRun run, IReadOnlyList<Paper> sample, IReadOnlyList<(ulong Channel, IReadOnlyList<string> Papers)> owed)
    {
        using var services = AppServices.Build(Path.Combine(run.Work, "fan-out-compose"), withSearch: true);
        services.GetRequiredService<PaperStore>().UpsertBatch(sample);
        var outbox = services.GetRequiredService<Outbox>();
        foreach (var (channel, papers) in owed)
        {
            outbox.AddPending(papers.Select(paper => new Delivery
            {
                Id = Delivery.KeyOf(channel, paper),
                ChannelId = channel,
                PaperId = paper,
                WatchNames = ["bench"],
                MatchedTerms = ["bench"],
                CreatedAt = DateTimeOffset.UtcNow,
            }));
        }

        run.Progress($"fan-out: composing {owed.Count:N0} digests alone");
        var composer = services.GetRequiredService<DigestComposer>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var (channel, _) in owed)
        {
            composer.Compose(channel, outbox.Pending(channel), DateTimeOffset.UtcNow, null);
        }

        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var floor = used / Environment.ProcessorCount;
        return new Result(
            string.Create(CultureInfo.InvariantCulture, $"floor of composing: {owed.Count:N0} digests alone took {clock.Elapsed.TotalSeconds:F1} s, {used.TotalSeconds:F1} s CPU, ÷ {Environment.ProcessorCount} cores"),
            run.Papers, floor, owed.Count, "s", floor.TotalSeconds, null);
    }
}
