using System.Diagnostics;

namespace DigestBot.Benchmarks;

/// <summary>One sample of the soaked app's process: working set, GC heap, handles, open files and threads after a cycle.</summary>
/// <remarks>
/// The fake Discord and the feed run in another process (<see cref="SoakFakes"/>), so every figure here is the
/// app's (and the soak driver's few counters). <see cref="FakesManagedBytes"/> is that other process' managed memory,
/// shown for scale and counted nowhere else.
/// </remarks>
internal sealed record SoakSample(int Cycle, long WorkingSetBytes, long GcHeapBytes, long ManagedBytes, int Handles, int OpenFiles, int Threads, long FakesManagedBytes)
{
    /// <summary>Of <see cref="OpenFiles"/>, the assemblies and native libraries the runtime has loaded.</summary>
    public int AssemblyFiles { get; init; }

    /// <summary>Of <see cref="OpenFiles"/>, those in the search index's folder.</summary>
    public int IndexFiles { get; init; }

    /// <summary>How many of the index's segments <see cref="IndexFiles"/> belong to.</summary>
    public int IndexSegments { get; init; }

    /// <summary>Open files already deleted (an unreleased index reader shows here).</summary>
    public int DeletedFiles { get; init; }

    /// <summary>Open files that are neither loaded assemblies nor the search index's (the store, sockets, pipes, logs).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int OtherFiles => OpenFiles - AssemblyFiles - IndexFiles;

    /// <summary>Samples this process now (the managed figure after a full collection, so it shows what is retained).</summary>
    public static SoakSample Take(int cycle, long fakesManagedBytes, string indexFolder)
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var files = Benchmarks.OpenFiles.Count(indexFolder);
        return new SoakSample(
            cycle,
            process.WorkingSet64,
            GC.GetGCMemoryInfo().HeapSizeBytes,
            managed,
            process.HandleCount,
            files.Total,
            process.Threads.Count,
            fakesManagedBytes)
        {
            AssemblyFiles = files.Assemblies,
            IndexFiles = files.Index,
            IndexSegments = files.IndexSegments,
            DeletedFiles = files.Deleted,
        };
    }
}
