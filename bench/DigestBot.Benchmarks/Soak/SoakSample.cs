using System.Diagnostics;

namespace DigestBot.Benchmarks;

/// <summary>One sample of the soak's process: working set, GC heap, handles, open files and threads after a cycle.</summary>
/// <remarks>
/// The fake Discord runs in this process and keeps every request and message it got, so the managed figures include
/// its log; <see cref="FakeLogBytes"/> is that log's request bodies alone (UTF-16), a lower bound of what it holds.
/// </remarks>
internal sealed record SoakSample(int Cycle, long WorkingSetBytes, long GcHeapBytes, long ManagedBytes, int Handles, int OpenFiles, int Threads, long FakeLogBytes)
{
    /// <summary>Samples this process now (the managed figure after a full collection, so it shows what is retained).</summary>
    public static SoakSample Take(int cycle, long fakeLogBytes)
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
            fakeLogBytes);
    }

    /// <summary>Entries in /proc/self/fd (Linux); -1 where there is no such folder.</summary>
    private static int OpenFileCount() =>
        Directory.Exists("/proc/self/fd") ? Directory.EnumerateFileSystemEntries("/proc/self/fd").Count() : -1;
}
