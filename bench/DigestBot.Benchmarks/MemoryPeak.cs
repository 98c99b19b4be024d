namespace DigestBot.Benchmarks;

/// <summary>The highest working set and GC heap (allocated, collected or not) sampled during one phase of a run.</summary>
internal sealed record MemoryPeak(string Phase, TimeSpan Elapsed, long WorkingSetBytes, long GcHeapBytes);
