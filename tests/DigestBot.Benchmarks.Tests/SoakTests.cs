using DigestBot.Digests;
using Xunit.Abstractions;

namespace DigestBot.Benchmarks.Tests;

/// <summary>
/// The soak's short form for CI: 50 cycles of the whole host against the fake Discord and a loopback feed, which run
/// in a process of their own. Asserts the invariants held every cycle, that open files stay level, and that the app's
/// managed memory after a full GC grows less than <see cref="MaxBytesPerCycle"/> a cycle after warm-up (least squares
/// over 21 samples; measured in bytes, never in time). Open files and memory are the whole process's, so it runs
/// alone (<see cref="AloneCollection"/>): the harness run and the child processes of the other classes opened index
/// files and pipes beside it and once pushed the count past the bound.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output) : IDisposable
{
    private const int Cycles = 50;
    private const int SampleEvery = 2;

    /// <summary>
    /// Generous: the bounded caches are still filling in so short a run (the candidate pools alone take some 35 cycles),
    /// and a run after the fix grows about a tenth of this. Tight enough: before issue 23 the app alone grew about
    /// 300 KB a cycle (0.47 MB with the fake Discord in the same process), and would fail.
    /// </summary>
    private const double MaxBytesPerCycle = 150 * 1024;
    private readonly string _work = Path.Combine(Path.GetTempPath(), "digestbot-soak-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Fifty_cycles_deliver_every_matched_paper_once_without_429s_or_errors_and_the_apps_memory_stays_level()
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
        var growth = report.Growth;
        Assert.Equal(10, growth.WarmUpCycle);
        Assert.True(growth.BytesPerCycle < MaxBytesPerCycle, $"the app's managed memory grew {growth.BytesPerCycle / 1024:F1} KB a cycle after warm-up (bound {MaxBytesPerCycle / 1024:F0} KB)");
        if (OperatingSystem.IsLinux())
        {
            // After the first cycles opened what they keep (connections, index files), open files stay level.
            Assert.All(report.Samples, s => Assert.True(s.OpenFiles > 0, s.ToString()));
            Assert.True(report.Last.OpenFiles <= report.Samples[1].OpenFiles + 16, $"open files grew from {report.Samples[1].OpenFiles} to {report.Last.OpenFiles}");
        }

        var table = report.Markdown();
        Assert.Contains("| cycle | working set MB | GC heap MB | managed MB | handles | open fds | threads | fakes' process managed MB (not the app's) |", table, StringComparison.Ordinal);
        Assert.Contains("After warm-up (cycle 10 on, 21 samples)", table, StringComparison.Ordinal);
        Assert.Contains("| growth |", table, StringComparison.Ordinal);
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
