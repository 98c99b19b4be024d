namespace DigestBot.Benchmarks.Tests;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Without_options_every_scenario_runs_at_100k_papers()
    {
        var options = BenchOptions.Parse([], out var error)!;

        Assert.Null(error);
        Assert.Equal(100_000, options.Papers);
        Assert.Equal(BenchOptions.Scenarios, options.Run);
        Assert.False(options.Quick);
    }

    [Fact]
    public void Scenarios_are_chosen_by_a_comma_list_and_the_earlier_snapshot_import_name_means_ingest()
    {
        var options = BenchOptions.Parse(["--scenario", "snapshot-import,fan-out", "--papers", "1000000"], out _)!;

        Assert.Equal(["ingest", "fan-out"], options.Run);
        Assert.Equal(1_000_000, options.Papers);
    }

    [Fact]
    public void The_soak_runs_only_when_named_and_is_bounded_by_cycles()
    {
        Assert.DoesNotContain("soak", BenchOptions.Parse(["--scenario", "all"], out _)!.Run);
        Assert.Equal(500, BenchOptions.Parse([], out _)!.Cycles);

        var options = BenchOptions.Parse(["--scenario", "soak", "--cycles", "40"], out var error)!;

        Assert.Null(error);
        Assert.Equal(["soak"], options.Run);
        Assert.Equal(40, options.Cycles);
    }

    [Theory]
    [InlineData("--cycles", "0", "unknown or incomplete option '--cycles'")]
    [InlineData("--scenario", "nonsense", "unknown scenario 'nonsense'")]
    [InlineData("--papers", "-3", "unknown or incomplete option '--papers'")]
    [InlineData("--snapshot", "/nowhere/arxiv.json", "snapshot file not found")]
    [InlineData("--relevance", "/nowhere/cranfield", "relevance collection folder not found")]
    [InlineData("--frobnicate", "1", "unknown or incomplete option '--frobnicate'")]
    public void Bad_options_are_refused_with_one_line(string option, string value, string expected)
    {
        Assert.Null(BenchOptions.Parse([option, value], out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error!);
    }
}
