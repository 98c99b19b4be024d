namespace DigestBot.Benchmarks;

/// <summary>
/// The long soak (<c>--scenario soak --cycles N</c>): <see cref="SoakDriver"/> sampling every N/20 cycles, its
/// growth from first to last sample and its invariants reported as figures; the whole table goes with the report.
/// </summary>
internal static class SoakScenario
{
    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var cycles = run.Options.Cycles;
        run.Progress($"soak: {cycles} cycles against the fake Discord and a loopback feed");
        var soak = await SoakDriver.RunAsync(Path.Combine(run.Work, "soak"), BenchRun.NewGenerator(), cycles, Math.Max(1, cycles / 20), run.Progress);
        run.Soak = soak;
        var (first, last) = (soak.First, soak.Last);
        var warm = soak.Samples.Count > 1 ? soak.Samples[1] : first;
        return
        [
            Row(soak, "working set growth, first to last sample", "MB", (last.WorkingSetBytes - first.WorkingSetBytes) / 1048576.0),
            Row(soak, "GC heap growth, first to last sample", "MB", (last.GcHeapBytes - first.GcHeapBytes) / 1048576.0),
            Row(soak, "managed memory growth after full GC", "MB", (last.ManagedBytes - first.ManagedBytes) / 1048576.0),
            Row(soak, "fake Discord's request log growth (bodies only; in the managed figure)", "MB", (last.FakeLogBytes - first.FakeLogBytes) / 1048576.0),
            Row(soak, "handle count growth", "handles", last.Handles - first.Handles),

            // The first interval opens what the host keeps (connections, index files); a leak grows after it.
            Row(soak, "open file growth (/proc/self/fd) after the first interval", "fds", last.OpenFiles - warm.OpenFiles) with { Target = "≤ 16", Met = last.OpenFiles - warm.OpenFiles <= 16 },
            Row(soak, "thread count growth", "threads", last.Threads - first.Threads),
            Row(soak, $"invariant violations ({soak.Deliveries:N0} deliveries, {soak.Interactions:N0} interactions)", "violations", soak.Violations.Count) with { Target = "none", Met = soak.Violations.Count == 0 },
        ];
    }

    private static Result Row(SoakReport soak, string name, string unit, double value) =>
        new($"{name} over {soak.Cycles} cycles", 0, soak.Elapsed, soak.Cycles, unit, value, null);
}
