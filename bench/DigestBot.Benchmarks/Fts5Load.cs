using System.Diagnostics;

namespace DigestBot.Benchmarks;

/// <summary>
/// The corpus loaded into SQLite FTS5 once per run: the search baseline's database and the ingest baseline's time.
/// With <c>--keep</c> a database kept by an earlier run is reused (its <see cref="Elapsed"/> unknown: zero), except by
/// the ingest scenario, whose baseline is the load itself.
/// </summary>
internal sealed record Fts5Load(string Path, TimeSpan Elapsed)
{
    public static Task<Fts5Load> LoadAsync(BenchRun run) => run.OnceAsync("fts5", async () =>
    {
        const string Name = "fts5.db";
        if (run.Options.Run.Contains("ingest") || run.Cache is null)
        {
            return Load(run, System.IO.Path.Combine(run.Work, Name));
        }

        if (run.Cache.TryGet(Name, out var kept))
        {
            run.Progress($"baseline: reusing the SQLite FTS5 database {kept}");
            return new Fts5Load(kept, TimeSpan.Zero);
        }

        var elapsed = TimeSpan.Zero;
        var path = await run.Cache.BuildAsync(Name, partial =>
        {
            elapsed = Load(run, partial).Elapsed;
            return Task.CompletedTask;
        });
        return new Fts5Load(path, elapsed);
    });

    private static Fts5Load Load(BenchRun run, string path)
    {
        run.Progress($"baseline: loading the {run.Papers:N0} papers into SQLite FTS5");
        using (var fts = Fts5Baseline.Create(path))
        {
            var clock = Stopwatch.StartNew();
            fts.Load(run.Corpus());
            return new Fts5Load(path, clock.Elapsed);
        }
    }
}
