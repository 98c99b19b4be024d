using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace DigestBot.Benchmarks;

/// <summary>What a soak run saw: its samples, the work done, and every invariant violation (none in a good run).</summary>
/// <remarks><see cref="Violations"/> holds the first 100; <see cref="ViolationCount"/> counts them all.</remarks>
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
    public int ViolationCount { get; init; }

    public SoakSample First => Samples[0];

    public SoakSample Last => Samples[^1];

    /// <summary>Managed memory after warm-up (the first fifth of the run).</summary>
    public SoakGrowth Growth => SoakGrowth.Of(Samples, SoakGrowth.WarmUpOf(Cycles));

    /// <summary>The samples from warm-up on.</summary>
    [JsonIgnore]
    public IReadOnlyList<SoakSample> AfterWarmUp => [.. Samples.Where(s => s.Cycle >= Growth.WarmUpCycle)];

    public string Markdown()
    {
        var text = new StringBuilder();
        var line = (string s) => text.Append(s).Append('\n');
        var g = Growth;
        line(string.Create(CultureInfo.InvariantCulture, $"Soak: {Cycles} cycles in {Elapsed.TotalSeconds:F1} s; {PapersIngested:N0} papers ingested, {Deliveries:N0} deliveries in {DigestMessages:N0} digest messages, {Interactions:N0} interactions answered, {Responses429} 429s, {ViolationCount} invariant violations"));
        line(string.Create(CultureInfo.InvariantCulture, $"After warm-up (cycle {g.WarmUpCycle} on, {g.Samples} samples): managed memory {Mb(g.MinBytes)}–{Mb(g.MaxBytes)} MB, ±{g.Spread * 100:F1}% of its mean, growing {g.BytesPerCycle / 1024:F2} KB a cycle."));
        line(string.Empty);
        line("| cycle | working set MB | GC heap MB | managed MB | handles | open fds | of which assemblies | of which search index (segments) | deleted but open | threads | fakes' process managed MB (not the app's) |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in Samples)
        {
            line(string.Create(CultureInfo.InvariantCulture, $"| {s.Cycle} | {Mb(s.WorkingSetBytes)} | {Mb(s.GcHeapBytes)} | {Mb(s.ManagedBytes)} | {s.Handles} | {s.OpenFiles} | {s.AssemblyFiles} | {s.IndexFiles} ({s.IndexSegments}) | {s.DeletedFiles} | {s.Threads} | {Mb(s.FakesManagedBytes)} |"));
        }

        line(string.Create(CultureInfo.InvariantCulture, $"| growth | {Delta(Mb(Last.WorkingSetBytes) - Mb(First.WorkingSetBytes))} | {Delta(Mb(Last.GcHeapBytes) - Mb(First.GcHeapBytes))} | {Delta(Mb(Last.ManagedBytes) - Mb(First.ManagedBytes))} | {Last.Handles - First.Handles:+0;-0;0} | {Last.OpenFiles - First.OpenFiles:+0;-0;0} | {Last.AssemblyFiles - First.AssemblyFiles:+0;-0;0} | {Last.IndexFiles - First.IndexFiles:+0;-0;0} | {Last.DeletedFiles - First.DeletedFiles:+0;-0;0} | {Last.Threads - First.Threads:+0;-0;0} | {Delta(Mb(Last.FakesManagedBytes) - Mb(First.FakesManagedBytes))} |"));
        foreach (var violation in Violations.Take(20))
        {
            line($"- violation: {violation}");
        }

        return text.ToString();
    }

    private static double Mb(double bytes) => Math.Round(bytes / 1048576.0, 1);

    private static string Delta(double mb) => mb.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
}
