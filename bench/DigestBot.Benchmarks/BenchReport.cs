using System.Globalization;
using System.Text;

namespace DigestBot.Benchmarks;

/// <summary>Everything one run measured, as stored in bench/results/*.json and printed as a markdown table.</summary>
internal sealed record BenchReport(
    Machine Machine,
    DateTimeOffset Started,
    TimeSpan Elapsed,
    int Papers,
    string Corpus,
    string? Note,
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<Result> Results,
    IReadOnlyList<string> Failures)
{
    /// <summary>The soak's samples and invariants, when the soak ran.</summary>
    public SoakReport? Soak { get; init; }

    public string Markdown()
    {
        var text = new StringBuilder();
        var line = (string s) => text.Append(s).Append('\n');
        line($"Machine: {Machine}");
        line(string.Create(CultureInfo.InvariantCulture, $"Corpus: {Papers:N0} papers, {Corpus}; run took {Elapsed.TotalMinutes:F1} min{(Note is null ? string.Empty : "; " + Note)}"));
        line(string.Empty);
        line("| scenario | figure | value | ratio to baseline | target |");
        line("|---|---|---:|---:|---|");
        foreach (var r in Results)
        {
            line($"| {r.Scenario} | {r.Name} | {Value(r)} | {Ratio(r)} | {Target(r)} |");
        }

        foreach (var failure in Failures)
        {
            line($"| failed | {failure} | | | |");
        }

        if (Soak is not null)
        {
            line(string.Empty);
            text.Append(Soak.Markdown());
        }

        return text.ToString();
    }

    private static string Value(Result r) => r.Percentiles is { } p
        ? string.Create(CultureInfo.InvariantCulture, $"p50 {Number(p["p50"])} / p95 {Number(p["p95"])} / p99 {Number(p["p99"])} / max {Number(p["max"])} ms")
        : $"{Number(r.Value)} {r.Unit}";

    private static string Ratio(Result r)
    {
        var ratios = new List<string>();
        if (r.RatioToBaseline is { } x)
        {
            ratios.Add(string.Create(CultureInfo.InvariantCulture, $"{x:0.###}×"));
        }

        ratios.AddRange((r.OtherRatios ?? new Dictionary<string, double>()).Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Value:0.####}× {o.Key}")));
        return string.Join("; ", ratios);
    }

    private static string Target(Result r) => r.Target is null ? string.Empty : $"{r.Target}: {(r.Met == true ? "met" : "**missed**")}";

    private static string Number(double v) => v switch
    {
        >= 100 => v.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => v.ToString("F1", CultureInfo.InvariantCulture),
        _ => v.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
