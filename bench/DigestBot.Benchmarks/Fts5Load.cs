using System.Diagnostics;

namespace DigestBot.Benchmarks;

/// <summary>The corpus loaded into SQLite FTS5 once per run: the search baseline's database and the ingest baseline's time.</summary>
internal sealed record Fts5Load(string Path, TimeSpan Elapsed)
{
    public static Task<Fts5Load> LoadAsync(BenchRun run) => run.OnceAsync("fts5", () =>
    {
        var path = System.IO.Path.Combine(run.Work, "fts5.db");
        run.Progress($"baseline: loading the {run.Papers:N0} papers into SQLite FTS5");
        using var fts = Fts5Baseline.Create(path);
        var clock = Stopwatch.StartNew();
        fts.Load(run.Corpus());
        return Task.FromResult(new Fts5Load(path, clock.Elapsed));
    });
}
