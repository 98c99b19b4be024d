namespace DigestBot.Benchmarks;

/// <summary>
/// The long soak (<c>--scenario soak --cycles N</c>): <see cref="SoakDriver"/> sampling every N/20 cycles, the app's
/// growth after warm-up (the first fifth) and its invariants reported as figures; the whole table goes with the report.
/// </summary>
internal static class SoakScenario
{
    /// <summary>Managed memory after warm-up may grow this much a cycle (issue 23's acceptance, at 300 cycles).</summary>
    public const double MaxBytesPerCycle = 50 * 1024;

    /// <summary>And may stray this far from its mean over a long run (issue 23's day-equivalent run).</summary>
    public const double MaxSpread = 0.10;

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var cycles = run.Options.Cycles;
        run.Progress($"soak: {cycles} cycles; the fake Discord and the loopback feed in a process of their own");
        var soak = await SoakDriver.RunAsync(Path.Combine(run.Work, "soak"), BenchRun.NewGenerator(), cycles, Math.Max(1, cycles / 20), run.Progress);
        run.Soak = soak;
        var (first, last, growth) = (soak.First, soak.Last, soak.Growth);
        var after = soak.AfterWarmUp;
        int Range(Func<SoakSample, int> of) => after.Count == 0 ? 0 : after.Max(of) - after.Min(of);
        return
        [
            Row(soak, $"managed memory growth after warm-up (cycle {growth.WarmUpCycle} on), per cycle", "KB", growth.BytesPerCycle / 1024) with { Target = "< 50 KB", Met = growth.BytesPerCycle < MaxBytesPerCycle },
            Row(soak, "managed memory after warm-up, largest distance from its mean", "%", growth.Spread * 100) with { Target = "≤ ±10%", Met = growth.Spread <= MaxSpread },
            Row(soak, "managed memory after full GC, first to last sample", "MB", (last.ManagedBytes - first.ManagedBytes) / 1048576.0),
            Row(soak, "GC heap growth, first to last sample", "MB", (last.GcHeapBytes - first.GcHeapBytes) / 1048576.0),
            Row(soak, "working set growth, first to last sample", "MB", (last.WorkingSetBytes - first.WorkingSetBytes) / 1048576.0),
            Row(soak, "handle count growth", "handles", last.Handles - first.Handles),

            // The first interval opens what the host keeps (connections, the store, index files); a leak grows after it.
            // Two shares move without leaking and are shown beside the rest: the runtime keeps every assembly it loads
            // open, loading each on first use; the search index holds files per live segment, and its segments follow
            // its size within what the merge policy allows. A reader never released would hold deleted files.
            Row(soak, "open files (/proc/self/fd) after warm-up, highest minus lowest", "fds", Range(s => s.OpenFiles)),
            Row(soak, "open files other than assemblies and the search index's after warm-up, highest minus lowest", "fds", Range(s => s.OtherFiles)) with { Target = "≤ 16", Met = Range(s => s.OtherFiles) <= 16 },
            Row(soak, "assembly files open after warm-up, highest minus lowest", "fds", Range(s => s.AssemblyFiles)),
            Row(soak, "search-index files open after warm-up, highest minus lowest", "fds", Range(s => s.IndexFiles)),
            Row(soak, "search-index segments with open files after warm-up, highest minus lowest", "segments", Range(s => s.IndexSegments)),
            Row(soak, "open files already deleted, after warm-up, most in one sample", "fds", after.Count == 0 ? 0 : after.Max(s => s.DeletedFiles)) with { Target = "≤ 16", Met = after.Count == 0 || after.Max(s => s.DeletedFiles) <= 16 },
            Row(soak, "threads after warm-up, highest minus lowest", "threads", Range(s => s.Threads)) with { Target = "≤ 8", Met = Range(s => s.Threads) <= 8 },
            Row(soak, $"invariant violations ({soak.Deliveries:N0} deliveries, {soak.Interactions:N0} interactions)", "violations", soak.ViolationCount) with { Target = "none", Met = soak.ViolationCount == 0 },
        ];
    }

    private static Result Row(SoakReport soak, string name, string unit, double value) =>
        new($"{name} over {soak.Cycles} cycles", 0, soak.Elapsed, soak.Cycles, unit, value, null);
}
