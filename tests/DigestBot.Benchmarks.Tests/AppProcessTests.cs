namespace DigestBot.Benchmarks.Tests;

public class AppProcessTests
{
    [Fact]
    public async Task A_child_is_measured_by_its_own_peak_not_the_harness_memory_it_was_forked_from()
    {
        // 600 MiB touched in this process: a child forked from it inherits that high-water mark at exec in getrusage.
        var ballast = new byte[600 << 20];
        for (var i = 0; i < ballast.Length; i += 4096)
        {
            ballast[i] = 1;
        }

        // A command that opens a store lives long enough to be sampled many times, even with the CI's other tests
        // busy beside it (`--version` ended once before its first sample after the runtime had loaded: 4 MiB).
        var data = Directory.CreateTempSubdirectory("digestbot-peak-").FullName;
        var (_, exit, output, _) = await AppProcess.RunAsync("status", "--data", data);
        GC.KeepAlive(ballast);
        Directory.Delete(data, recursive: true);

        Assert.Equal(0, exit);
        Assert.False(string.IsNullOrWhiteSpace(output));
        var peak = AppProcess.PeakChildResidentBytes();
        Assert.NotNull(peak);
        Assert.InRange(peak.Value, 10L << 20, 400L << 20);
    }
}
