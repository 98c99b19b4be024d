using System.Globalization;

namespace DigestBot.Dashboard;

/// <summary>
/// Counts per day as server-side SVG, one row of bars per series (small multiples share one scale, so a noisy row
/// and a silent one stand out), and the same numbers as a table for screen readers and copying. Only scaling here.
/// </summary>
internal static class BarChart
{
    private const int BarWidth = 10;
    private const int Height = 36;

    public static Html Render(string caption, IReadOnlyList<DateOnly> days, IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> series)
    {
        if (series.Count == 0)
        {
            return Html.Of($"<p class=\"muted\">{caption}: nothing in these {days.Count} days.</p>");
        }

        var tallest = series.SelectMany(s => s.Counts).DefaultIfEmpty(0).Max();
        var max = Math.Max(1, tallest);
        var scale = tallest == 0 ? $"nothing in these {days.Count} days" : $"one scale: the tallest bar is {max}";
        var rows = series.Select(s => Row(s.Label, s.Counts, days, max));
        var head = days.Select(d => Html.Of($"<th scope=\"col\">{d.ToString("MM-dd", CultureInfo.InvariantCulture)}</th>"));
        var body = series.Select(s => Html.Of($"<tr><th scope=\"row\">{s.Label}</th>{s.Counts.Select(c => Html.Of($"<td>{c}</td>"))}</tr>"));
        return Html.Of($"""
            <figure class="chart"><figcaption>{caption} ({scale})</figcaption>{rows}
            <details><summary>The numbers</summary><table><tr><th scope="col">series</th>{head}</tr>{body}</table></details></figure>
            """);
    }

    private static Html Row(string label, IReadOnlyList<int> counts, IReadOnlyList<DateOnly> days, int max)
    {
        var bars = counts.Select((count, i) =>
        {
            var height = count == 0 ? 1.0 : Math.Max(2.0, (double)count / max * (Height - 2));
            var day = days[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Html.Of($"<rect class=\"{(count == 0 ? "zero" : "bar")}\" x=\"{(i * BarWidth) + 1}\" y=\"{Height - height:0.#}\" width=\"{BarWidth - 2}\" height=\"{height:0.#}\"><title>{day}: {count}</title></rect>");
        });
        var total = counts.Sum();
        var peak = counts.DefaultIfEmpty(0).Max();
        return Html.Of($"""
            <div class="row"><span>{label}</span><svg viewBox="0 0 {days.Count * BarWidth} {Height}" preserveAspectRatio="none" role="img" aria-label="{label}: {total} in {days.Count} days{(peak > 0 ? $", at most {peak} a day" : string.Empty)}">{bars}</svg><span>{total}</span></div>
            """);
    }

    /// <summary>The last <paramref name="count"/> days, oldest first, ending today (UTC).</summary>
    public static IReadOnlyList<DateOnly> LastDays(DateTimeOffset now, int count)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return [.. Enumerable.Range(0, count).Select(i => today.AddDays(i - count + 1))];
    }
}
