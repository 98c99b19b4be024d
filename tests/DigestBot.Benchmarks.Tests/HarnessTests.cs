using System.Text.Json;
using Xunit.Abstractions;

namespace DigestBot.Benchmarks.Tests;

/// <summary>
/// Every scenario of the harness, run once at 2,000 papers with <c>--quick</c>, so the harness never rots. No time
/// is asserted (performance belongs to the benchmark's own runs); what is asserted is that each scenario measures
/// something sane and the report says it.
/// </summary>
public sealed class HarnessTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _results = Path.Combine(Path.GetTempPath(), "digestbot-bench-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_scenario_runs_at_2000_papers_and_reports_its_figures_with_machine_and_commit()
    {
        var options = BenchOptions.Parse(["--papers", "2000", "--quick", "--results", _results, "--note", "test run"], out var error)!;
        Assert.Null(error);
        var progress = new StringWriter();

        var (report, file) = await BenchRunner.RunAsync(options, progress);
        output.WriteLine(progress.ToString());
        output.WriteLine(report.Markdown());

        Assert.Empty(report.Failures);
        Assert.Equal(2000, report.Papers);
        Assert.All(BenchOptions.Scenarios, s => Assert.Contains(report.Results, r => r.Scenario == s));
        Assert.All(report.Results, r => Assert.True(double.IsFinite(r.Value) && r.Value >= 0, $"{r.Name}: {r.Value}"));
        Assert.All(report.Results.Where(r => r.Percentiles is not null), r =>
        {
            var p = r.Percentiles!;
            Assert.True(p["p50"] > 0 && p["p50"] <= p["p95"] && p["p95"] <= p["p99"] && p["p99"] <= p["max"], r.Name);
        });
        Assert.All(report.Results.Where(r => r.Baseline is not null), r => Assert.NotNull(r.RatioToBaseline));

        // Each scenario's baseline is in the same run.
        Assert.Contains(report.Results, r => r.Scenario == "ingest" && r.Name.StartsWith("parse the snapshot only", StringComparison.Ordinal));
        Assert.Contains(report.Results, r => r.Scenario == "search" && r.Name.StartsWith("SQLite FTS5", StringComparison.Ordinal));
        Assert.Contains(report.Results, r => r.Scenario == "search" && r.Name.StartsWith("naive LiteDB scan", StringComparison.Ordinal));
        Assert.Contains(report.Results, r => r.Scenario == "search" && r.Name.StartsWith("brute-force", StringComparison.Ordinal));

        // The mix's tails by kind, each of DigestBot's against FTS5's for the same kind, free text among them.
        var kinds = report.Results.Where(r => r.Name.StartsWith("by kind, DigestBot", StringComparison.Ordinal)).ToList();
        Assert.Contains(kinds, r => r.Name.Contains(": question (free text) (", StringComparison.Ordinal));
        Assert.All(kinds, r => Assert.StartsWith("by kind, SQLite FTS5, 2 clients: " + r.Name.Split(": ", 2)[1], r.Baseline, StringComparison.Ordinal));
        Assert.All(kinds, r => Assert.Contains(report.Results, b => b.Name == r.Baseline));
        Assert.Contains(report.Results, r => r.Scenario == "percolation" && r.Name.Contains("no pre-filter (baseline)", StringComparison.Ordinal));

        // Every channel's digest reached the fake Discord.
        var drain = Assert.Single(report.Results, r => r.Scenario == "fan-out" && r.Name.StartsWith("drain", StringComparison.Ordinal));
        Assert.Equal("drain, 20 channels due at once (0 failed)", drain.Name);
        Assert.Contains("== fan-out ==", progress.ToString(), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var machine = json.RootElement.GetProperty("Machine");
        Assert.True(machine.GetProperty("Cores").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(machine.GetProperty("Commit").GetString()));
        Assert.Equal(report.Results.Count, json.RootElement.GetProperty("Results").GetArrayLength());
        Assert.Equal("test run", json.RootElement.GetProperty("Note").GetString());

        var table = report.Markdown();
        Assert.Contains("| scenario | figure | value | ratio to baseline | target |", table, StringComparison.Ordinal);
        Assert.All(BenchOptions.Scenarios, s => Assert.Contains($"| {s} |", table, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_results))
        {
            Directory.Delete(_results, recursive: true);
        }
    }
}
