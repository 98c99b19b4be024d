using System.Diagnostics;
using System.Runtime;

namespace DigestBot.Benchmarks;

/// <summary>
/// Samples this process' working set and GC heap every 50 ms and keeps the peaks of each named phase. A phase
/// starts after a full compacting collection, so what an earlier phase left behind weighs as little as it can.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<MemoryPeak> _peaks = [];
    private readonly Timer _timer;
    private (string Name, Stopwatch Clock, long WorkingSet, long Heap)? _current;

    public MemorySampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));

    public IReadOnlyList<MemoryPeak> Peaks
    {
        get
        {
            lock (_lock)
            {
                return [.. _peaks];
            }
        }
    }

    public IDisposable Phase(string name)
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        lock (_lock)
        {
            _current = (name, Stopwatch.StartNew(), 0, 0);
        }

        Sample();
        return new End(this);
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var workingSet = Environment.WorkingSet;
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        lock (_lock)
        {
            if (_current is { } c)
            {
                _current = c with { WorkingSet = Math.Max(c.WorkingSet, workingSet), Heap = Math.Max(c.Heap, heap) };
            }
        }
    }

    private void Close()
    {
        Sample();
        lock (_lock)
        {
            if (_current is { } c)
            {
                _peaks.Add(new MemoryPeak(c.Name, c.Clock.Elapsed, c.WorkingSet, c.Heap));
                _current = null;
            }
        }
    }

    private sealed class End(MemorySampler sampler) : IDisposable
    {
        public void Dispose() => sampler.Close();
    }
}
