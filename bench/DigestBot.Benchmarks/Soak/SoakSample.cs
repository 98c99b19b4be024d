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
    /// <summary>Samples this process now (the managed figure after a full collection, so it shows what is retained).</summary>
    public static SoakSample Take(int cycle, long fakesManagedBytes)
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new SoakSample(
            cycle,
            process.WorkingSet64,
            GC.GetGCMemoryInfo().HeapSizeBytes,
            managed,
            process.HandleCount,
            OpenFileCount(),
            process.Threads.Count,
            fakesManagedBytes);
    }

    /// <summary>Entries in /proc/self/fd (Linux); -1 where there is no such folder.</summary>
    private static int OpenFileCount() =>
        Directory.Exists("/proc/self/fd") ? Directory.EnumerateFileSystemEntries("/proc/self/fd").Count() : -1;
}
