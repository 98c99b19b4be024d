using System.Globalization;
using System.Text;

namespace DigestBot.Benchmarks;

/// <summary>What a soak run saw: its samples, the work done, and every invariant violation (none in a good run).</summary>
internal sealed record SoakReport(
    int Cycles,
    TimeSpan Elapsed,
    int PapersIngested,
    int Deliveries,
    int DigestMessages,
    int Interactions,
    int Responses429,
    IReadOnlyList<SoakSample> Samples,
    IReadOnlyList<string> Violations)
{
    public SoakSample First => Samples[0];

    public SoakSample Last => Samples[^1];

    public string Markdown()
    {
        var text = new StringBuilder();
        var line = (string s) => text.Append(s).Append('\n');
        line(string.Create(CultureInfo.InvariantCulture, $"Soak: {Cycles} cycles in {Elapsed.TotalSeconds:F1} s; {PapersIngested:N0} papers ingested, {Deliveries:N0} deliveries in {DigestMessages:N0} digest messages, {Interactions:N0} interactions answered, {Responses429} 429s, {Violations.Count} invariant violations"));
        line(string.Empty);
        line("| cycle | working set MB | GC heap MB | managed MB | fake's request log MB | handles | open fds | threads |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in Samples)
        {
            line(string.Create(CultureInfo.InvariantCulture, $"| {s.Cycle} | {Mb(s.WorkingSetBytes)} | {Mb(s.GcHeapBytes)} | {Mb(s.ManagedBytes)} | {Mb(s.FakeLogBytes)} | {s.Handles} | {s.OpenFiles} | {s.Threads} |"));
        }

        line(string.Create(CultureInfo.InvariantCulture, $"| growth | {Delta(Mb(Last.WorkingSetBytes) - Mb(First.WorkingSetBytes))} | {Delta(Mb(Last.GcHeapBytes) - Mb(First.GcHeapBytes))} | {Delta(Mb(Last.ManagedBytes) - Mb(First.ManagedBytes))} | {Delta(Mb(Last.FakeLogBytes) - Mb(First.FakeLogBytes))} | {Last.Handles - First.Handles:+0;-0;0} | {Last.OpenFiles - First.OpenFiles:+0;-0;0} | {Last.Threads - First.Threads:+0;-0;0} |"));
        foreach (var violation in Violations.Take(20))
        {
            line($"- violation: {violation}");
        }

        return text.ToString();
    }

    private static double Mb(long bytes) => Math.Round(bytes / 1048576.0, 1);

    private static string Delta(double mb) => mb.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
}
