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

        var (_, exit, output, _) = await AppProcess.RunAsync("--version");
        GC.KeepAlive(ballast);

        Assert.Equal(0, exit);
        Assert.False(string.IsNullOrWhiteSpace(output));
        var peak = AppProcess.PeakChildResidentBytes();
        Assert.NotNull(peak);
        Assert.InRange(peak.Value, 10L << 20, 400L << 20);
    }
}
