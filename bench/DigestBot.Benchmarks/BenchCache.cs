namespace DigestBot.Benchmarks;

/// <summary>
/// The costly parts of a run kept for later runs (<c>--keep DIR</c>): the corpus snapshot, the data directory imported
/// from it and its SQLite FTS5 database, in one folder per corpus and size (a 1M corpus takes about 15 minutes to
/// build). Each part is built under a temporary name and renamed when whole, so a run stopped half-way leaves nothing
/// to reuse. Nothing checks that the generator is unchanged since a part was built (delete the folder when it changes);
/// an index of an older schema is rebuilt at start-up as the app does. The ingest scenario never reuses the FTS5
/// database: its load time is that scenario's baseline, measured in the same run.
/// </summary>
internal sealed class BenchCache(string folder)
{
    public string Folder { get; } = folder;

    public static BenchCache? For(BenchOptions options) =>
        options.Keep is { } keep
            ? new BenchCache(Path.Combine(keep, $"{(options.Snapshot is { } real ? Path.GetFileNameWithoutExtension(real) : "generated-seed42")}-{options.Papers}"))
            : null;

    /// <summary>Whether the part was kept by an earlier run; <paramref name="path"/> is where it is (or would be).</summary>
    public bool TryGet(string name, out string path)
    {
        path = Path.Combine(Folder, name);
        return File.Exists(path) || Directory.Exists(path);
    }

    /// <summary>Builds the part at the temporary path <paramref name="build"/> is given, then moves it in place.</summary>
    public async Task<string> BuildAsync(string name, Func<string, Task> build)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        var partial = path + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        File.Delete(partial);
        await build(partial);
        if (Directory.Exists(partial))
        {
            Directory.Move(partial, path);
        }
        else
        {
            File.Move(partial, path);
        }

        return path;
    }
}
