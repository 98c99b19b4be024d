using DigestBot.Digests;
using Xunit.Abstractions;

namespace DigestBot.Benchmarks.Tests;

/// <summary>
/// The soak's short form for CI: 80 cycles of the whole host against the fake Discord and a loopback feed, which run
/// in a process of their own. Asserts the invariants held every cycle, that open files stay level, and that the app's
/// managed memory after a full GC grows less than <see cref="MaxBytesPerCycle"/> a cycle from cycle
/// <see cref="WarmUp"/> on (least squares over 11 samples: measured in bytes, never in time). Open files and memory are
/// the whole process's, so it runs alone (<see cref="AloneCollection"/>): the harness run and the child processes of
/// the other classes opened index files and pipes beside it and once pushed the count past the bound.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output) : IDisposable
{
    private const int Cycles = 80;
    private const int SampleEvery = 4;

    /// <summary>By then the bounded caches are full (the candidate pools, the largest, take some 35 cycles).</summary>
    private const int WarmUp = 40;

    /// <summary>
    /// Generous: after issue 23 the app grows about 2 KB a cycle once warm (10 KB would still be noise). Tight enough:
    /// before it the app alone grew about 150 KB a cycle (0.47 MB with the fake Discord in its process) and fails.
    /// </summary>
    private const double MaxBytesPerCycle = 60 * 1024;

    private readonly string _work = Path.Combine(Path.GetTempPath(), "digestbot-soak-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Eighty_cycles_deliver_every_matched_paper_once_without_429s_or_errors_and_the_apps_memory_stays_level()
    {
        var report = await SoakDriver.RunAsync(_work, BenchRun.NewGenerator(), Cycles, SampleEvery, output.WriteLine);
        output.WriteLine(report.Markdown());

        Assert.Empty(report.Violations);
        Assert.Equal(0, report.Responses429);
        Assert.True(report.Deliveries > 0 && report.DigestMessages > 0, "the watches matched nothing, so nothing was checked");
        Assert.Equal(Cycles * 5, report.Interactions); // search, next page, paper, watch add, watch remove

        Assert.Equal(Enumerable.Range(0, (Cycles / SampleEvery) + 1).Select(i => i * SampleEvery), report.Samples.Select(s => s.Cycle));
        Assert.All(report.Samples, s => Assert.True(s.WorkingSetBytes > 0 && s.GcHeapBytes > 0 && s.ManagedBytes > 0 && s.Handles > 0 && s.Threads > 0 && s.FakesManagedBytes > 0, s.ToString()));

        // The fakes' process holds Discord's side (every request and message): it grows, and none of it is here.
        Assert.True(report.Last.FakesManagedBytes > report.First.FakesManagedBytes, "the fakes' process kept nothing: did it run?");
        var growth = SoakGrowth.Of(report.Samples, WarmUp);
        Assert.Equal(11, growth.Samples);
        Assert.True(growth.BytesPerCycle < MaxBytesPerCycle, $"the app's managed memory grew {growth.BytesPerCycle / 1024:F1} KB a cycle after warm-up (bound {MaxBytesPerCycle / 1024:F0} KB)");
        if (OperatingSystem.IsLinux())
        {
            // After the first cycles opened what they keep (connections, the store), open files stay level, apart
            // from assemblies loaded on first use and the index's files, which follow its segments; and no reader
            // the index let go of keeps deleted files open.
            Assert.All(report.Samples, s => Assert.True(s.OpenFiles > 0 && s.AssemblyFiles > 0 && s.IndexFiles > 0 && s.IndexSegments > 0, s.ToString()));
            Assert.All(report.Samples, s => Assert.True(s.IndexFiles >= s.IndexSegments && s.OtherFiles > 0, s.ToString()));
            Assert.True(report.Last.OtherFiles <= report.Samples[1].OtherFiles + 16, $"open files other than assemblies and the index's grew from {report.Samples[1].OtherFiles} to {report.Last.OtherFiles}");
            Assert.All(report.Samples, s => Assert.True(s.DeletedFiles <= 16, $"{s.DeletedFiles} deleted files held open at cycle {s.Cycle}"));
        }

        var table = report.Markdown();
        Assert.Contains("| cycle | working set MB | GC heap MB | managed MB | handles | open fds | of which assemblies | of which search index (segments) | deleted but open | threads | fakes' process managed MB (not the app's) |", table, StringComparison.Ordinal);
        Assert.Contains("After warm-up (cycle 16 on, 17 samples)", table, StringComparison.Ordinal);
        Assert.Contains("| growth |", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_after_warm_up_is_the_least_squares_slope_of_the_samples_from_warm_up_on_and_their_spread()
    {
        // Warm-up climbs 10 MB; after it, 2 KB a cycle with ±1 KB of noise around the line.
        static SoakSample At(int cycle, long bytes) => new(cycle, 1, 1, bytes, 1, 1, 1, 0);
        var samples = new List<SoakSample> { At(0, 1_000_000), At(10, 11_000_000) };
        samples.AddRange(Enumerable.Range(2, 9).Select(i => At(i * 10, 11_000_000 + ((i - 2) * 10 * 2048) + (i % 2 == 0 ? 1024 : -1024))));

        var growth = SoakGrowth.Of(samples, warmUpCycle: 20);

        Assert.Equal(9, growth.Samples);
        Assert.InRange(growth.BytesPerCycle, 2048 - 30, 2048 + 30);
        Assert.Equal(11_001_024, growth.MinBytes);
        Assert.InRange(growth.Spread, 0.0074, 0.0076); // (max - mean) / mean, about 82 KB of 11.08 MB
        Assert.Equal(16, SoakGrowth.WarmUpOf(80));
        Assert.Equal(1_000, SoakGrowth.WarmUpOf(5_000));
    }

    [Fact]
    public void The_exactly_once_check_catches_a_missing_a_doubled_and_a_repeated_delivery()
    {
        var delivered = new HashSet<string>();
        Delivery Owed(string paper) => new() { Id = Delivery.KeyOf(1, paper), ChannelId = 1, PaperId = paper, WatchNames = ["w"], MatchedTerms = ["t"] };

        Assert.Empty(SoakDeliveryCheck.Violations(1, [Owed("2301.00001"), Owed("2301.00002")], ["{\"2301.00001\"}", "{\"2301.00002\"}"], delivered));

        var missing = SoakDeliveryCheck.Violations(2, [Owed("2301.00003")], ["{\"2301.00004\"}"], delivered);
        Assert.Contains("posted in 0 messages", Assert.Single(missing), StringComparison.Ordinal);

        var doubled = SoakDeliveryCheck.Violations(3, [Owed("2301.00005")], ["{\"2301.00005\"}", "{\"2301.00005\"}"], delivered);
        Assert.Contains("posted in 2 messages", Assert.Single(doubled), StringComparison.Ordinal);

        var again = SoakDeliveryCheck.Violations(4, [Owed("2301.00001")], ["{\"2301.00001\"}"], delivered);
        Assert.Contains("delivered before", Assert.Single(again), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}

/// <summary>Tests that sample the whole process: run after the others, with nothing beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
